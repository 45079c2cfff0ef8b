#!/usr/bin/env python3
"""Build the 'pdf-converted' blind test corpus.

House style: information sharing protocols that survive only as PDFs and were
turned back into Word by a PDF converter.  Every printed line (or every few
lines) is its own paragraph, headings are plain paragraphs in capitals or bold
with a larger font, lists are typed by hand, tables are sometimes Word tables
and sometimes tab-separated lines, running headers and footers sit in the body
between sections, words are hyphenated across lines, callouts are text boxes.

Run with /work/blind-kit/.venv/bin/python build.py ; output goes next to this
script.  Everything is deterministic.
"""
import datetime
import math
import os
import re

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from lxml import etree

OUT = os.path.dirname(os.path.abspath(__file__))

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
WPS_NS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
W10_NS = "urn:schemas-microsoft-com:office:word"

VOWELS = set("aeiouy")


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------

SUFFIXES = ("tion", "sion", "ment", "ness", "ity", "ably", "ibly",
            "ance", "ence", "ally", "ised", "ising", "ing", "ship", "ful")
PREFIXES = ("inter", "trans", "under", "over", "con", "com", "pro", "pre", "dis", "in", "re")


def _hyph_split(word, room):
    """Split a lower-case word the way a PDF's hyphenation would, if it fits in room."""
    m = re.fullmatch(r"([a-z]{9,})([,.;:)]?)", word)
    if not m:
        return None
    w = m.group(1)
    cand = {}

    def add(p, score):
        if 2 <= p <= len(w) - 3:
            cand[p] = max(cand.get(p, 0), score)
    for suf in SUFFIXES:
        if w.endswith(suf):
            add(len(w) - len(suf), 3)
    for pre in PREFIXES:
        if w.startswith(pre) and w[len(pre)] not in VOWELS:
            add(len(pre), 2)
    for p in range(1, len(w) - 1):
        a, b = w[p - 1], w[p]
        if a == b and a not in VOWELS:
            if w[p + 1:] not in ("ed", "es", "er"):
                add(p, 4)                  # at-tend, ap-proved, shred-ding
        elif a not in VOWELS and b not in VOWELS and p >= 2 and w[p - 2] in VOWELS \
                and a + b not in ("th", "ch", "sh", "ph", "wh", "ck", "gh") \
                and p + 1 < len(w) and w[p + 1] in VOWELS and w[p + 1:] not in SUFFIXES:
            add(p, 2)                      # infor-mation
    best = None
    for p, sc in cand.items():
        if p + 1 > room:
            continue
        if best is None or (sc, p) > best:
            best = (sc, p)
    if best is None:
        return None
    p = best[1]
    return w[:p] + "-", w[p:] + m.group(2)


def wrap(text, width, hyph=True):
    """Greedy line wrap the way a PDF lays out justified text."""
    words = text.split()
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if len(cand) <= width:
            cur = cand
            continue
        room = width - len(cur) - 1
        done = False
        if cur and "-" in w.strip("-"):
            # break at a real hyphen ("agency-" / "approved")
            i = w.index("-", 1)
            if i + 1 <= room:
                lines.append(cur + " " + w[: i + 1])
                cur = w[i + 1:]
                done = True
        if not done and hyph and cur and room >= 7:
            sp = _hyph_split(w, room)
            if sp:
                lines.append(cur + " " + sp[0])
                cur = sp[1]
                done = True
        if not done:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def chunks(text, maxlen):
    """Cut a paragraph into pieces that end mid-sentence (converter 'blocks')."""
    if len(text) <= maxlen:
        return [text]
    n = math.ceil(len(text) / maxlen)
    target = len(text) / n
    out, start = [], 0
    for k in range(1, n):
        want = int(k * target)
        best = None
        for d in range(0, 80):
            for pos in (want + d, want - d):
                if start < pos < len(text) and text[pos] == " " and text[pos - 1] not in ".:;":
                    best = pos
                    break
            if best:
                break
        if best is None:
            continue
        out.append(text[start:best])
        start = best + 1
    out.append(text[start:])
    return out


def segtext(t):
    """Plain text of a str or a list of segments (as if changes accepted)."""
    if isinstance(t, str):
        return t
    s = ""
    for seg in t:
        if seg[0] in ("t", "ins", "sdt_drop", "sdt_text"):
            s += seg[1]
    return s


# ---------------------------------------------------------------------------
# layout: protocol blocks -> abstract line items
# ---------------------------------------------------------------------------

class Layout:
    def __init__(self, mode="lines", width=92, heading="num-caps-bold", font="Arial",
                 size=10, hyph=True, page_lines=46, artefacts="body",
                 header_lines=None, footer_lines=None, flow_max=330,
                 list_indent=0.9, real_header=None, real_footer=None):
        self.mode = mode
        self.width = width
        self.heading = heading
        self.font = font
        self.size = size
        self.hyph = hyph
        self.page_lines = page_lines
        self.artefacts = artefacts
        # header_lines / footer_lines: list of (text, align, bold, italic); text may hold {n} {N}
        self.header_lines = header_lines or []
        self.footer_lines = footer_lines or []
        self.flow_max = flow_max
        self.list_indent = list_indent
        self.real_header = real_header
        self.real_footer = real_footer


def P(text, **kw):
    d = dict(kind="para", text=text, bold=False, italic=False, size=None,
             align=None, left=0.0, hanging=0.0, tabs=None, space_after=0,
             weight=1, underline=False, caps=False)
    d.update(kw)
    return d


def heading_items(n, title, lay):
    """A heading as the converter left it: a plain paragraph, no style."""
    parts = title.split("\n")
    items = []
    h = lay.heading
    for i, part in enumerate(parts):
        first = i == 0
        if h == "num-caps-bold":
            txt = (f"{n}.\t{part.upper()}" if first else f"\t{part.upper()}")
            items.append(P(txt, bold=True, size=lay.size + 2, tabs=[0.9], space_after=0))
        elif h == "bold-large":
            items.append(P(part, bold=True, size=lay.size + 4))
        elif h == "part-caps":
            txt = f"PART {n} – {part.upper()}" if first else part.upper()
            items.append(P(txt, size=lay.size + 3))
        elif h == "num-bold":
            txt = f"{n}   {part}" if first else f"     {part}"
            items.append(P(txt, bold=True, size=lay.size + 3))
        elif h == "caps-bold":
            items.append(P(part.upper(), bold=True, size=lay.size + 1))
        elif h == "section-caps":
            txt = f"SECTION {n}: {part.upper()}" if first else part.upper()
            items.append(P(txt, bold=True, underline=True, size=lay.size + 1))
        else:
            raise ValueError(h)
    items[-1]["weight"] = 2
    items[0]["heading"] = True
    return items


def prose_items(text, lay, left=0.0, bold=False, italic=False):
    if not isinstance(text, str):
        return [P(text, left=left, bold=bold, italic=italic, weight=2)]
    if lay.mode == "lines":
        w = lay.width - int(left * 4)
        return [P(line, left=left, bold=bold, italic=italic) for line in wrap(text, w, lay.hyph)]
    out = []
    for c in chunks(text, lay.flow_max):
        out.append(P(c, left=left, bold=bold, italic=italic,
                     weight=math.ceil(len(c) / lay.width)))
    return out


def list_items(items, marker, lay, left=0.0):
    out = []
    ind = lay.list_indent
    for i, it in enumerate(items):
        if marker == "1.":
            mk = f"{i + 1}."
        elif marker == "a)":
            mk = f"{'abcdefghijklmnop'[i]})"
        elif marker == "(a)":
            mk = f"({'abcdefghijklmnop'[i]})"
        elif marker == "(i)":
            mk = f"({['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'][i]})"
        else:
            mk = marker
        if not isinstance(it, str):
            out.append(P([("t", mk + "\t")] + list(it), left=left + ind, hanging=ind,
                         tabs=[left + ind], weight=2))
            continue
        if lay.mode == "lines":
            w = lay.width - int((left + ind) * 4) - 2
            lines = wrap(it, w, lay.hyph)
            out.append(P(f"{mk}\t{lines[0]}", left=left + ind, hanging=ind, tabs=[left + ind]))
            for ln in lines[1:]:
                out.append(P(ln, left=left + ind))
        else:
            out.append(P(f"{mk}\t{it}", left=left + ind, hanging=ind, tabs=[left + ind],
                         weight=math.ceil(len(it) / lay.width)))
    return out


def tab_table_items(rows, lay, colw, header=True, wrapcells=False, left=0.0):
    """A table the converter flattened into tab-separated lines."""
    out = []
    stops = []
    acc = left
    k = min(0.2, 16.5 / sum(colw))
    for w in colw[:-1]:
        acc += w * k
        stops.append(round(acc, 2))
    for r, row in enumerate(rows):
        bold = header and r == 0
        if wrapcells:
            cells = [wrap(segtext(c), w, False) or [""] for c, w in zip(row, colw)]
            nlines = max(len(c) for c in cells)
            for i in range(nlines):
                parts = [c[i] if i < len(c) else "" for c in cells]
                out.append(P("\t".join(parts).rstrip("\t") if any(parts[1:]) else parts[0],
                             bold=bold, tabs=stops, left=left))
        else:
            out.append(P("\t".join(segtext(c) for c in row), bold=bold, tabs=stops, left=left,
                         weight=1))
    return out


def render_blocks(blocks, lay):
    items = []
    for b in blocks:
        k = b[0]
        if k == "p":
            items += prose_items(b[1], lay)
        elif k == "pi":  # indented prose
            items += prose_items(b[1], lay, left=b[2] if len(b) > 2 else 0.9)
        elif k == "pb":  # bold sub-heading line inside a section
            items.append(P(b[1], bold=True, weight=2))
        elif k == "pit":
            items += prose_items(b[1], lay, italic=True)
        elif k == "ol":
            items += list_items(b[1], b[2] if len(b) > 2 else "1.", lay,
                                left=b[3] if len(b) > 3 else 0.0)
        elif k == "tabs":
            opts = b[3] if len(b) > 3 else {}
            items += tab_table_items(b[1], lay, b[2], **opts)
        elif k == "table":
            opts = b[2] if len(b) > 2 else {}
            items.append(dict(kind="table", rows=b[1], weight=2 * len(b[1]) + 1, **opts))
        elif k == "box":
            items.append(dict(kind="box", lines=b[1], weight=len(b[1]) + 3,
                              fill=b[2] if len(b) > 2 else "F2F2F2"))
        elif k == "raw":
            for ln in b[1]:
                items.append(P(ln) if isinstance(ln, str) else P(**ln))
        elif k == "blank":
            items.append(P(""))
        elif k == "sig":
            items += sig_items(b[1], b[2], lay, b[3] if len(b) > 3 else {})
        else:
            raise ValueError(k)
    return items


def sig_items(entries, style, lay, labels=None):
    labels = labels or {}
    name_l = labels.get("name", "Name")
    role_l = labels.get("role", "Position")
    date_l = labels.get("date", "Date")
    out = []
    if style == "tabs":
        hdr = labels.get("header", ["Agency", "Name", "Position", "Signature", "Date"])
        rows = [hdr]
        for e in entries:
            rows.append([e["agency"], e.get("name", ""), e.get("role", ""),
                         e.get("sig", "(signed)"), e.get("date", "")])
        out += tab_table_items(rows, lay, labels.get("colw", [30, 22, 34, 12, 16]),
                               wrapcells=labels.get("wrapcells", True))
    elif style == "word":
        hdr = labels.get("header", ["Agency", "Name", "Position", "Signature", "Date"])
        rows = [hdr]
        for e in entries:
            rows.append([e["agency"], e.get("name", ""), e.get("role", ""),
                         e.get("sig", ""), e.get("date", "")])
        colw = labels.get("colw")
        if colw and sum(colw) > 20:  # widths given in characters for the tab layout
            colw = [round(w * 17.0 / sum(colw), 2) for w in colw]
        out.append(dict(kind="table", rows=rows, weight=2 * len(rows) + 1, header=True,
                        colw=colw))
    elif style == "stacked":
        lead = labels.get("lead", "Signed for and on behalf of")
        for e in entries:
            out.append(P(f"{lead} {e['agency']}", bold=True, weight=2))
            out.append(P(""))
            out.append(P("_______________________________________"))
            out.append(P(f"{name_l}: {e.get('name', '')}".rstrip()))
            out.append(P(f"{role_l}: {e.get('role', '')}".rstrip()))
            out.append(P(f"{date_l}: {e.get('date', '')}".rstrip()))
            out.append(P(""))
    elif style == "twocol":
        lead = labels.get("lead", "Signed for")
        for i in range(0, len(entries), 2):
            pair = entries[i:i + 2]
            stops = [8.5]
            def line(f):
                return "\t".join(f(e) for e in pair)
            out.append(P(line(lambda e: f"{lead} {e['agency']}"), bold=True, tabs=stops, weight=2))
            out.append(P(""))
            out.append(P(line(lambda e: "______________________________"), tabs=stops))
            out.append(P(line(lambda e: f"{name_l}: {e.get('name', '')}"), tabs=stops))
            out.append(P(line(lambda e: f"{role_l}: {e.get('role', '')}"), tabs=stops))
            out.append(P(line(lambda e: f"{date_l}: {e.get('date', '')}"), tabs=stops))
            out.append(P(""))
    else:
        raise ValueError(style)
    return out


def paginate(items, lay, title_items):
    """Insert the running header and footer the converter left in the body."""
    def run(total):
        out = list(title_items)
        page, used = 1, sum(it["weight"] for it in title_items)
        for it in items:
            if used + it["weight"] > lay.page_lines and used > 0:
                out += page_break_items(page, total, lay)
                page += 1
                used = 0
            out.append(it)
            used += it["weight"]
        out += page_break_items(page, total, lay, last=True)
        return out, page
    _, total = run(1)
    out, _ = run(total)
    return out


def page_break_items(page, total, lay, last=False):
    out = []
    if lay.artefacts in ("body", "pages"):
        for (t, al, b, it) in lay.footer_lines:
            out.append(P(t.format(n=page, N=total), align=al, bold=b, italic=it,
                         size=lay.size - 2, weight=0))
        if not last:
            if out:
                out[-1]["pagebreak"] = True
            else:
                out.append(P("", pagebreak=True, weight=0))
            for (t, al, b, it) in lay.header_lines:
                out.append(P(t.format(n=page + 1, N=total), align=al, bold=b, italic=it,
                             size=lay.size - 2, weight=0))
    elif not last:
        out.append(P("", pagebreak=True, weight=0))
    return out


# ---------------------------------------------------------------------------
# writing the docx
# ---------------------------------------------------------------------------

class Writer:
    def __init__(self, lay):
        self.lay = lay
        self.doc = docx.Document()
        self.docpr = 1
        self.rev = 100
        self.sdt = -812345
        st = self.doc.styles["Normal"]
        st.font.name = lay.font
        st.font.size = Pt(lay.size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(a), lay.font)
        pf = st.paragraph_format
        pf.space_after = Pt(0)
        pf.space_before = Pt(0)
        pf.line_spacing = 1.0
        sec = self.doc.sections[0]
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin = sec.bottom_margin = Cm(1.8)
        if lay.real_header:
            hp = sec.header.paragraphs[0]
            for i, (t, al) in enumerate(lay.real_header):
                p = hp if i == 0 else sec.header.add_paragraph()
                r = p.add_run(t)
                r.font.size = Pt(lay.size - 1)
                r.bold = True
                p.alignment = al
        if lay.real_footer:
            fp = sec.footer.paragraphs[0]
            for i, (t, al) in enumerate(lay.real_footer):
                p = fp if i == 0 else sec.footer.add_paragraph()
                r = p.add_run(t)
                r.font.size = Pt(lay.size - 1)
                r.bold = True
                p.alignment = al

    # -- runs -------------------------------------------------------------
    def add_segments(self, p, text, it):
        segs = [("t", text)] if isinstance(text, str) else text
        for seg in segs:
            kind = seg[0]
            if kind == "t":
                r = p.add_run(seg[1])
                self.fmt(r, it)
            elif kind in ("ins", "del"):
                r = p.add_run(seg[1])
                self.fmt(r, it)
                r_el = r._r
                if kind == "del":
                    for t in r_el.findall(qn("w:t")):
                        t.tag = qn("w:delText")
                wrapper = etree.SubElement(p._p, qn("w:" + kind))
                wrapper.set(qn("w:id"), str(self.rev))
                wrapper.set(qn("w:author"), seg[2] if len(seg) > 2 else "Kate Lomax")
                wrapper.set(qn("w:date"), seg[3] if len(seg) > 3 else "2026-09-14T10:22:00Z")
                self.rev += 1
                p._p.remove(r_el)
                wrapper.append(r_el)
            elif kind == "sdt_drop":
                self.add_sdt(p, seg[1], it, drop=seg[2], alias=seg[3])
            elif kind == "sdt_text":
                self.add_sdt(p, seg[1], it, drop=None, alias=seg[2])
            else:
                raise ValueError(kind)

    def add_sdt(self, p, value, it, drop, alias):
        sdt = etree.SubElement(p._p, qn("w:sdt"))
        pr = etree.SubElement(sdt, qn("w:sdtPr"))
        etree.SubElement(pr, qn("w:alias")).set(qn("w:val"), alias)
        etree.SubElement(pr, qn("w:tag")).set(qn("w:val"), alias.replace(" ", ""))
        etree.SubElement(pr, qn("w:id")).set(qn("w:val"), str(self.sdt))
        self.sdt -= 7919
        if drop:
            dl = etree.SubElement(pr, qn("w:dropDownList"))
            for d in drop:
                li = etree.SubElement(dl, qn("w:listItem"))
                li.set(qn("w:displayText"), d)
                li.set(qn("w:value"), d if d != "Choose an item." else "")
        else:
            etree.SubElement(pr, qn("w:text"))
        content = etree.SubElement(sdt, qn("w:sdtContent"))
        r = p.add_run(value)
        self.fmt(r, it)
        p._p.remove(r._r)
        content.append(r._r)

    def fmt(self, r, it):
        if it.get("bold"):
            r.bold = True
        if it.get("italic"):
            r.italic = True
        if it.get("underline"):
            r.underline = True
        if it.get("size"):
            r.font.size = Pt(it["size"])

    # -- items ------------------------------------------------------------
    def para(self, it, container=None):
        cont = container if container is not None else self.doc
        p = cont.add_paragraph()
        pf = p.paragraph_format
        if it.get("left"):
            pf.left_indent = Cm(it["left"])
        if it.get("hanging"):
            pf.first_line_indent = Cm(-it["hanging"])
        if it.get("tabs"):
            for t in it["tabs"]:
                pf.tab_stops.add_tab_stop(Cm(t))
        if it.get("align") == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif it.get("align") == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if it.get("heading"):
            pf.space_before = Pt(8)
            pf.keep_with_next = True
        if it["text"] != "":
            self.add_segments(p, it["text"], it)
        if it.get("pagebreak"):
            p.add_run().add_break(WD_BREAK.PAGE)
        return p

    def table(self, it):
        rows = it["rows"]
        ncol = max(len(r) for r in rows)
        t = self.doc.add_table(rows=len(rows), cols=ncol)
        t.style = "Table Grid"
        colw = it.get("colw")
        for ri, row in enumerate(rows):
            for ci in range(ncol):
                cell = t.cell(ri, ci)
                val = row[ci] if ci < len(row) else ""
                if colw:
                    cell.width = Cm(colw[ci])
                lines = [val]
                if isinstance(val, str) and it.get("wrapcells") and colw:
                    lines = wrap(val, int(colw[ci] * 5.2), False) or [""]
                first = True
                for ln in lines:
                    p = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    if ln != "":
                        self.add_segments(p, ln, {"bold": it.get("header", True) and ri == 0,
                                                  "size": self.lay.size - 1})
        # converters leave a trailing empty paragraph after each table
        self.doc.add_paragraph()

    def box(self, it):
        """A callout text box (DrawingML with VML fallback), as Word writes it."""
        p = self.doc.add_paragraph()
        r = p.add_run()
        n = self.docpr
        self.docpr += 1
        h_emu = 190500 * (len(it["lines"]) + 1)
        w_emu = 6096000
        fill = it.get("fill", "F2F2F2")

        def content():
            tx = etree.Element(qn("w:txbxContent"))
            for ln in it["lines"]:
                bold = False
                if isinstance(ln, tuple):
                    ln, bold = ln
                wp = etree.SubElement(tx, qn("w:p"))
                wr = etree.SubElement(wp, qn("w:r"))
                rpr = etree.SubElement(wr, qn("w:rPr"))
                if bold:
                    etree.SubElement(rpr, qn("w:b"))
                sz = etree.SubElement(rpr, qn("w:sz"))
                sz.set(qn("w:val"), str(2 * self.lay.size))
                wt = etree.SubElement(wr, qn("w:t"))
                wt.text = ln
                wt.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            return tx

        xml = f'''
<mc:AlternateContent xmlns:mc="{MC_NS}" xmlns:w="{W_NS}" xmlns:wp="{WP_NS}" xmlns:a="{A_NS}" xmlns:wps="{WPS_NS}" xmlns:v="{V_NS}" xmlns:o="{O_NS}" xmlns:w10="{W10_NS}">
 <mc:Choice Requires="wps">
  <w:drawing>
   <wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
    <wp:simplePos x="0" y="0"/>
    <wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
    <wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>
    <wp:extent cx="{w_emu}" cy="{h_emu}"/>
    <wp:effectExtent l="0" t="0" r="0" b="0"/>
    <wp:wrapTopAndBottom/>
    <wp:docPr id="{n}" name="Text Box {n}"/>
    <wp:cNvGraphicFramePr/>
    <a:graphic>
     <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
      <wps:wsp>
       <wps:cNvSpPr txBox="1"/>
       <wps:spPr>
        <a:xfrm><a:off x="0" y="0"/><a:ext cx="{w_emu}" cy="{h_emu}"/></a:xfrm>
        <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
        <a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
        <a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:miter lim="800000"/></a:ln>
       </wps:spPr>
       <wps:txbx><PLACEHOLDER_A/></wps:txbx>
       <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>
      </wps:wsp>
     </a:graphicData>
    </a:graphic>
   </wp:anchor>
  </w:drawing>
 </mc:Choice>
 <mc:Fallback>
  <w:pict>
   <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
   <v:shape id="Text Box {n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:3.6pt;width:480pt;height:{15 * (len(it['lines']) + 1)}pt;z-index:{251659264 + n};mso-wrap-style:square;mso-position-horizontal:absolute;mso-position-vertical:absolute" fillcolor="#{fill}">
    <v:textbox style="mso-fit-shape-to-text:t"><PLACEHOLDER_B/></v:textbox>
    <w10:wrap type="topAndBottom"/>
   </v:shape>
  </w:pict>
 </mc:Fallback>
</mc:AlternateContent>'''
        ac = etree.fromstring(xml)
        for tag in ("PLACEHOLDER_A", "PLACEHOLDER_B"):
            ph = ac.find(".//" + tag)
            ph.getparent().replace(ph, content())
        r._r.append(ac)

    def write(self, items):
        for it in items:
            if it["kind"] == "para":
                self.para(it)
            elif it["kind"] == "table":
                self.table(it)
            elif it["kind"] == "box":
                self.box(it)
        # remove the empty first paragraph python-docx's template does not have;
        return self.doc


def build(fname, proto, lay, props):
    """proto: dict(title=[items], sections=[(key, heading, blocks)])"""
    items = []
    n = 0
    for sec in proto["sections"]:
        key, head, blocks = sec[0], sec[1], sec[2]
        if head is not None:
            n += 1
            items += heading_items(n, head, lay)
        items += render_blocks(blocks, lay)
    title_items = render_blocks(proto["title"], lay)
    for t in title_items:
        t["weight"] = t.get("weight", 1)
    all_items = paginate(items, lay, title_items)
    w = Writer(lay)
    doc = w.write(all_items)
    cp = doc.core_properties
    cp.author = props.get("author", "")
    cp.title = props.get("title", "")
    cp.subject = props.get("subject", "")
    cp.last_modified_by = props.get("modified_by", props.get("author", ""))
    cp.created = props["created"]
    cp.modified = props["modified"]
    cp.revision = props.get("revision", 1)
    cp.comments = ""
    cp.keywords = props.get("keywords", "")
    path = os.path.join(OUT, fname)
    doc.save(path)
    _fix_zip_dates(path, props["modified"])
    return path


def _fix_zip_dates(path, when):
    """Rewrite the package with fixed zip entry dates so rebuilds are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    stamp = (when.year, when.month, when.day, when.hour, when.minute, 0)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)


def dt(y, m, d, hh=9, mm=0):
    return datetime.datetime(y, m, d, hh, mm, 0)


# ===========================================================================
# Shared wording (several versions, so the protocols do not all read alike)
# ===========================================================================

def use_v1(meeting):
    return [
        ("p", f"Information shared at or for {meeting} is used only for the purposes of sharing "
              "set out in this protocol, and only within the limits of the legal authority it was "
              "shared under."),
        ("p", "Representatives do not put information received from another agency into their own "
              "agency's systems or records unless they need it to carry out an action agreed at the "
              "meeting. Where they do record it, the record notes where the information came from, the "
              "legal authority it was shared under, the purpose it was shared for, any restriction on "
              "its use, and the date it was shared."),
        ("p", "An agency that later wants to use shared information for a different purpose must first "
              "work through whether that use is lawful, with advice from its privacy or legal team. "
              "Nobody collects or stores information about a person simply because it might become "
              "relevant one day; that is not a good enough reason."),
    ]


def use_v2(meeting):
    return [
        ("p", f"Each attending agency agrees that information it receives at or for {meeting}:"),
        ("ol", [
            "is used only for the purpose for which it was shared;",
            "is not recorded in the agency's own case management or business system unless the agency "
            "needs it to carry out an action the meeting has agreed;",
            "where it is recorded, is recorded together with the agency it came from, the legal "
            "authority relied on, the purpose, any restriction on further use and the date it was "
            "shared; and",
            "is not used for an unrelated secondary purpose unless the agency has first confirmed with "
            "its privacy or legal team that the new use is lawful.",
        ], "(a)"),
    ]


def use_v3(meeting, lead):
    return [
        ("p", "Shared information may be used only for the specific purpose that the relevant legal "
              "authority enables, as recorded under the legal authority to share. It is not to be "
              "copied into an "
              "agency's own client records unless that is necessary to carry out the purpose of the "
              f"meeting, for example where {lead} records a referral it has agreed to make."),
        ("p", "When information is kept for that reason the agency records its source, the authority it "
              "was shared under, the purpose, any restrictions on use and the date of sharing. Any "
              "later, unrelated use is a new decision that needs its own purpose and legal authority, "
              "and the agency checks it with its privacy or legal team first."),
    ]


def transparency_v1(meeting, uses66c=True):
    items = [
        "Each attending agency describes its part in the meeting, and the kinds of information it "
        "shares, in its privacy statement or on its website.",
        "When an agency first contacts a person after the meeting, it tells them which agencies "
        "were involved and what the meeting is for, unless telling them would put someone at risk "
        "or would prejudice the maintenance of the law.",
    ]
    if uses66c:
        items.append("Before sharing under section 66C of the Oranga Tamariki Act 1989, agencies "
                     "consult the child or young person and their whānau where it is practicable and "
                     "appropriate to do so, as that section requires.")
    items.append("Where an agency decides not to tell a person about the sharing, it records the reason "
                 "on its own file so that the decision can be reviewed.")
    return [
        ("p", f"The agencies attending {meeting} want the people discussed to know, wherever it is safe, "
              "that information about them is shared, which agencies receive it and why. To that end:"),
        ("ol", items, "•"),
    ]


def transparency_v2(lead, who="the person"):
    return [
        ("p", f"Sharing for this meeting depends mainly on {who} agreeing to it. Before anyone is "
              f"discussed, {lead} explains the meeting to {who}, gives them a written information sheet "
              "listing the attending agencies and what each will share, and records their agreement on "
              "the consent form."),
        ("p", f"{who[0].upper() + who[1:]} may withdraw their agreement at any time. If they do, "
              "agencies stop sharing for the purposes that rely on it and tell the chair. Each attending "
              "agency also refers to the meeting in its privacy statement. Where information is shared "
              "without agreement because of a serious threat, the agency that shared it tells the person "
              "afterwards unless that would increase the risk, and records why if it does not."),
    ]


def conflicts_v1(chair="the chair"):
    return [
        ("p", "A representative who knows a person being discussed, personally or through other work "
              "(for example a relative, neighbour, friend, former partner or client of a private "
              "practice), must:"),
        ("ol", [
            f"tell {chair} as soon as they become aware of the conflict, preferably before the meeting;",
            "leave the meeting, or the virtual meeting room, while that person is discussed; and",
            "pass any request for information about that person to a colleague in their agency to "
            "deal with.",
        ], "a)"),
        ("p", f"{chair[0].upper() + chair[1:]} records each declared conflict and how it was managed "
              "in the action log. If the chair has a conflict, the deputy chair takes that item."),
    ]


def conflicts_v2(lead):
    return [
        ("p", "Conflicts of interest, actual or perceived, are identified early and managed by both "
              f"{lead} and the representatives. At the start of every meeting the chair reads out the "
              "names on the agenda and asks whether anyone has a conflict. A representative with a "
              "conflict tells the chair, leaves the room while the person is discussed, and passes any "
              "request for information about that person to another staff member of their agency. The "
              "chair notes the conflict and the steps taken in the minutes."),
    ]


def relationship_v1(lead, freq="every six months"):
    return [
        ("p", "Each attending agency nominates a relationship manager, normally a manager senior to its "
              "representative. Relationship managers need not attend the meeting, but they understand "
              "its purpose, which agencies attend and what information is shared."),
        ("p", f"The relationship managers meet {freq}, convened by {lead}, to check that the protocol is "
              "working as intended, that the sharing has not grown beyond the purposes stated here, and "
              "to deal with any issues their representatives raise. They support their representatives "
              "with information sharing questions and liaise with their own agency's privacy and legal "
              "teams."),
        ("p", "Representatives confirm in writing that they have read and understood this protocol "
              "before they attend their first meeting."),
    ]


def relationship_v2(lead):
    return [
        ("p", "Oversight sits with a relationship manager nominated by each attending agency. The "
              f"relationship managers, led by {lead}, check in with the representatives regularly, "
              "pick up any problems with the sharing (including any drift beyond the agreed purposes) "
              "and make sure they are fixed early. They are the first point of contact for their "
              "agency's privacy, legal or information sharing teams, and they make sure new "
              "representatives are briefed on this protocol before they attend."),
    ]


def retention_v1(lead, logs="seven years"):
    return [
        ("p", "Attending agencies keep information shared at the meeting only while they are using it "
              "for one of the purposes of sharing, for example to complete a risk or needs assessment or "
              "to arrange a service."),
        ("p", "Information kept for that reason is stored in the agency's approved business system. The "
              "email or attachment it arrived in is then deleted, including from deleted items. It is "
              "held for no longer than the purpose needs and then disposed of under the agency's "
              "retention and disposal authority under the Public Records Act 2005, or, for "
              "non-government agencies, under their own records policy."),
        ("p", f"{lead} holds the agenda, action log and minutes in its records system for {logs} and "
              "then disposes of them under its disposal authority. Information is not kept \"just in "
              "case\" it is useful later."),
    ]


def retention_v2(lead):
    return [
        ("p", "Information shared at the meeting may be retained by an attending agency only where the "
              "agency is using it for a purpose of the meeting, such as an assessment, a plan, or a "
              "referral to a service. It is then saved into the agency's approved business system and "
              "any copy received by email is securely deleted."),
        ("p", "Each agency applies its own retention and disposal schedule to what it keeps. "
              f"Meeting papers (agendas, action lists and minutes) are kept by {lead} as the "
              "administrator of the meeting, in its approved records system, and disposed of under its "
              "disposal authority."),
    ]


def breach_obligations():
    return [
        ("ol", [
            "An attending agency that becomes aware of a privacy or security breach involving "
            "information shared for the meeting tells the breach contact as soon as possible, and "
            "within 24 hours at the latest.",
            "The agency the information came from and the agency where the breach happened work "
            "together to contain the breach, assess the likely harm and agree what to tell the people "
            "affected.",
            "Where a breach is likely to cause serious harm, the responsible agency notifies the "
            "Privacy Commissioner and the affected people as Part 6 of the Privacy Act 2020 "
            "requires.",
            "The breach and the steps taken are reported to the next relationship managers' meeting "
            "so that the protocol can be changed if needed.",
        ], "1."),
    ]


CONTROLS_LIST = {
    "training": "Every representative has completed their agency's privacy and information security "
                "training before attending, including any training needed to use the secure system.",
    "hardcopy-destruction": "All hard copy information brought to or produced at the meeting is "
                            "collected by the chair and securely destroyed (shredded) at the end of "
                            "the meeting.",
    "password-protection": "Every email attachment that contains personal information is password "
                           "protected, with the password sent separately by text or phone.",
    "approved-devices": "Information is only shared from devices issued or approved by the "
                        "representative's own agency; personal phones and home computers are not "
                        "used.",
    "virtual-meeting": "When the meeting is held online, nobody puts personal information in the chat, "
                       "records the meeting or takes screenshots of shared screens.",
    "hardcopy-distribution": "Hard copies are not given to, or left with, representatives of other "
                             "attending agencies.",
}


def controls_v1(omit=()):
    req = [CONTROLS_LIST[k] for k in ("training", "hardcopy-destruction", "password-protection")
           if k not in omit]
    res = [CONTROLS_LIST[k] for k in ("approved-devices", "virtual-meeting", "hardcopy-distribution")
           if k not in omit]
    return [
        ("p", "The following minimum controls apply to all sharing for the meeting. Agencies may add "
              "stricter controls of their own."),
        ("pb", "Requirements"),
        ("ol", req, "•"),
        ("pb", "Restrictions"),
        ("ol", res, "•"),
    ]


def controls_v2(omit=()):
    txt = {
        "training": "Training – Representatives have completed privacy and information security "
                    "training (their agency's own modules, or the Privacy Commissioner's Privacy ABC "
                    "e-learning module) before they attend.",
        "hardcopy-destruction": "Paper – Any hard copy brought to the meeting is securely destroyed, by "
                                "cross-cut shredding or in a locked secure-destruction bin, before "
                                "attendees leave.",
        "password-protection": "Email – Attachments containing personal information are password "
                               "protected. The password is given by phone and never in the same "
                               "email.",
        "approved-devices": "Devices – Only agency-approved devices are used to send, receive or view "
                            "information shared for the meeting.",
        "virtual-meeting": "Online meetings – When a meeting is held by video, attendees do not use the "
                           "chat function, do not record the meeting and do not take screenshots.",
        "hardcopy-distribution": "No handing out – Hard copies are not given to other attending agency "
                                 "representatives.",
    }
    return [("ol", [txt[k] for k in txt if k not in omit], "1.")]


# ===========================================================================
# A. Whangārei Whānau Safety Table (family violence) – lead NZ Police
# ===========================================================================

A_AGENCIES = [
    "New Zealand Police",
    "Oranga Tamariki",
    "Health New Zealand – Te Whatu Ora",
    "Ministry of Social Development",
    "Ara Poutama Aotearoa – Department of Corrections",
    "Te Whare Awhina Women's Refuge",
    "Ngā Hononga Whānau Services",
]

A_SIGS = [
    dict(agency="New Zealand Police", name="Inspector Rāwiri Tane",
         role="Area Commander, Whangārei–Kaipara", date="2 February 2026"),
    dict(agency="Oranga Tamariki", name="Hinemoa Pōtae",
         role="Site Manager, Whangārei", date="5 February 2026"),
    dict(agency="Health New Zealand – Te Whatu Ora", name="Dr Sarah Whitfield",
         role="Director of Allied Health, Te Tai Tokerau", date="11 February 2026"),
    dict(agency="Ministry of Social Development", name="Te Aroha Kingi",
         role="Regional Commissioner, Northland", date="9 February 2026"),
    dict(agency="Ara Poutama Aotearoa – Department of Corrections", name="Mark Devlin",
         role="District Manager, Northland Community Corrections", date="16 February 2026"),
    dict(agency="Te Whare Awhina Women's Refuge", name="Lisa Henare",
         role="Manager", date="20 February 2026"),
    dict(agency="Ngā Hononga Whānau Services", name="Wiremu Tāwhai",
         role="Pou Whakahaere (Chief Executive)", date="24 February 2026"),
]


def base_A(v):
    meeting = "the Safety Table"
    breach = [
        ("p", "The designated breach contact for the Safety Table is the Privacy Officer, Northland "
              "District, New Zealand Police, who can be reached at privacy.northland@police.govt.nz "
              "or 09 430 4500. The Privacy Officer coordinates the response with the agencies "
              "involved."),
    ] + breach_obligations()
    if v.get("breach") == "nocontact":
        breach = [
            ("p", "Each attending agency remains responsible for information it holds and for breaches "
                  "that happen within its own systems, and manages any breach in line with its own "
                  "privacy breach policy."),
            ("p", "If a representative becomes aware of a breach involving information shared at the "
                  "Safety Table, they report it through their own agency's internal process and let the "
                  "chair know at the next meeting. Agencies must notify the Office of the Privacy "
                  "Commissioner (0800 803 909, privacy.org.nz) of any notifiable privacy breach as "
                  "required by the Privacy Act 2020."),
            ("p", "The agencies involved will work together to contain the breach and agree what the "
                  "affected people are told."),
        ]
    secs = [
        ("attending-agencies", "Attending agencies", [
            ("p", "The agencies listed below attend the Whangārei Whānau Safety Table (the Safety "
                  "Table). Each is a signatory to this protocol and nominates a representative and an "
                  "alternate who attend on its behalf."),
            ("ol", ["New Zealand Police (lead agency)"] + A_AGENCIES[1:], "1."),
            ("p", "New Zealand Police is the lead attending agency. The Police Family Harm Coordinator "
                  "for Whangārei chairs the Safety Table, holds the agenda and action log, and is "
                  "responsible for developing and implementing this protocol."),
        ]),
        ("meeting-purpose", "Meeting purpose", [
            ("p", "The Safety Table meets twice a week to consider family harm episodes reported to "
                  "Police in the Whangārei district since its last meeting. Its purpose is to keep "
                  "victims of family violence, and the tamariki who live with them, safe; to hold "
                  "people who use violence to account and offer them help to stop; and to agree one "
                  "coordinated response for each episode, so that whānau do not have to tell their "
                  "story to several agencies and no agency acts without knowing what the others are "
                  "doing."),
        ]),
        ("sharing-purpose", "Purpose of sharing", [
            ("p", "Information is shared at the Safety Table for the following purposes only:"),
            ("ol", [
                "to assess the level of risk of family violence to the victim and any children in the "
                "household;",
                "to agree, put in place and monitor a safety plan for the victim and their whānau, "
                "including which agency will carry out each action;",
                "to protect children and young people in the household from harm, ill-treatment, "
                "abuse or neglect, and to assess their wellbeing needs; and",
                "to arrange services that may help the person using violence to stop.",
            ], "1."),
        ]),
        ("information-shared", "Information to be shared", [
            ("p", "Representatives share only information that is relevant to the purposes above, about "
                  "the people involved in the episode being discussed. This may include:"),
            ("ol", [
                "the Police family harm investigation report, the history of family harm episodes, and "
                "any protection orders and bail conditions;",
                "whether the whānau is known to Oranga Tamariki, and any current report of concern, "
                "assessment or plan;",
                "relevant health information held by Health New Zealand, such as injuries, pregnancy, "
                "or mental health and addiction concerns;",
                "benefit and housing status held by the Ministry of Social Development, where it "
                "affects safety planning;",
                "whether the person using violence is serving a sentence or order managed by "
                "Corrections, and the relevant conditions; and",
                "support provided or offered by Te Whare Awhina Women's Refuge and Ngā Hononga Whānau "
                "Services.",
            ], "•"),
            ("p", "Information about people who are not involved in the episode, and information that is "
                  "not needed for a purpose of sharing, is not shared."),
        ]),
        ("legal-authority", "Legal authority to share", [
            ("p", "This protocol does not itself authorise the sharing of any information. Each "
                  "representative must be satisfied that the legal authority below applies, and that "
                  "its criteria are met, before they share. The authority relied on for each purpose "
                  "is:"),
            ("tabs", [
                ["Purpose of sharing", "Legal authority"],
                ["1. Assess the risk of family violence", "Family Violence Act 2018, sections 20 and 21"],
                ["2. Safety plan for victim and whānau", "Family Violence Act 2018, section 20; Privacy Act 2020, IPP 11(1)(f)"],
                ["3. Protect children in the household", "Oranga Tamariki Act 1989, section 66C"],
                ["4. Services for the person using violence", "Family Violence Act 2018, section 20"],
            ], [40, 60]),
            ("p", "A representative who is unsure whether the criteria of an authority are met does not "
                  "share until they have checked with their agency's privacy or legal team."),
        ]),
        ("use-of-information", "Use of information", use_v1(meeting)),
        ("transparency", "Transparency and notification obligations", transparency_v1(meeting)),
        ("method-of-sharing", "Method of sharing", [
            ("p", "By 9am on each meeting day the Family Harm Coordinator sends representatives the list "
                  "of episodes to be discussed by secure email (SEEMail between government agencies, and "
                  "TLS-secured email to the two NGO members). Each representative checks their own "
                  "agency's records before the meeting."),
            ("p", "Information is then shared verbally at the meeting, which is held at the Whangārei "
                  "Police Station or, when necessary, on Microsoft Teams. Agreed actions are recorded in "
                  "the action log, which only the Family Harm Coordinator edits. Any follow-up sharing "
                  "between two agencies after the meeting is by secure email to the named "
                  "representative."),
        ]),
        ("security-classification", "Security classification", [
            ("p", "Information shared at or for the Safety Table is classified IN-CONFIDENCE and is "
                  "handled in line with the Protective Security Requirements for that classification. "
                  "The NGO members have confirmed they can handle IN-CONFIDENCE information."),
        ]),
        ("security-controls", "Security controls", controls_v1()),
        ("tikanga", "Tikanga considerations", [
            ("p", "Most whānau discussed at the Safety Table are Māori. Ngā Hononga Whānau Services "
                  "advises the Safety Table on tikanga and attends every meeting. The agencies have "
                  "agreed that:"),
            ("ol", [
                "information about whakapapa, whānau connections and marae is treated as taonga and "
                "shared only to the extent needed for safety planning;",
                "whānau are referred to by name and with respect, and the meeting is opened and closed "
                "with karakia when the members wish; and",
                "Ngā Hononga is consulted on how and by whom whānau are approached after the meeting.",
            ], "•"),
        ]),
        ("retention-disposal", "Retention and disposal of information shared", retention_v1("New Zealand Police")),
        ("breach-management", "Privacy and security breach\nmanagement", breach),
        ("conflicts-of-interest", "Managing conflicts of interest", conflicts_v1("the Family Harm Coordinator")),
        ("relationship-management", "Relationship management and oversight", relationship_v1("New Zealand Police", "each quarter")),
        ("review", "Review", [
            ("p", "This protocol is reviewed every 12 months from the date on which the last agency "
                  "signs it. New Zealand Police, as the lead agency, is responsible for initiating the "
                  "review. Any attending agency may ask for an earlier review if a problem with the "
                  "sharing arises, or if the law changes."),
        ]),
        ("approval", "Approval", [
            ("p", "Signed by the attending agencies, each by a person with authority to approve "
                  "information sharing on behalf of their agency after advice from their privacy or "
                  "legal team."),
            ("sig", A_SIGS, v.get("sigstyle", "tabs"), {"colw": [30, 22, 32, 10, 18]}),
        ]),
    ]
    title = [
        ("raw", [dict(text="IN-CONFIDENCE", align="c", bold=True), ""]),
        ("raw", [dict(text="WHANGĀREI WHĀNAU SAFETY TABLE", bold=True, size=18, align="c", weight=2),
                 dict(text="Multi-agency meeting information sharing protocol", size=14, align="c",
                      weight=2),
                 "",
                 dict(text="Version 2.0 – February 2026", align="c"),
                 ""]),
    ]
    return dict(title=title, sections=secs)


# ===========================================================================
# B. Ōtautahi Rangatahi Review Panel (youth offending) – lead Oranga Tamariki
# ===========================================================================

B_SIGS = [
    dict(agency="Oranga Tamariki", name="Aroha Whaanga",
         role="Regional Manager, Youth Justice Services, Canterbury", date="4 July 2025"),
    dict(agency="New Zealand Police", name="Senior Sergeant Craig Mulholland",
         role="Youth Services Manager, Canterbury District", date="8 July 2025"),
    dict(agency="Ministry of Education", name="Mereana Tipoki",
         role="Director of Education, Canterbury and Chatham Islands", date="15 July 2025"),
    dict(agency="Health New Zealand – Te Whatu Ora", name="Dr Anjali Rao",
         role="Clinical Director, Child and Adolescent Mental Health, Waitaha Canterbury",
         date="21 July 2025"),
    dict(agency="Te Ara Rangatahi Trust", name="Hōhepa Rēweti",
         role="Kaiwhakahaere Matua (General Manager)", date="23 July 2025"),
]


def base_B(v):
    meeting = "the Panel"
    sigs = [dict(s) for s in B_SIGS]
    if v.get("blank_role") :
        for s in sigs:
            if s["agency"] == v["blank_role"]:
                s["role"] = ""
    secs = [
        ("attending-agencies", "Attending Agencies", [
            ("p", "The Ōtautahi Rangatahi Review Panel (the Panel) is attended by the following "
                  "agencies, each of which has signed this protocol:"),
            ("ol", ["Oranga Tamariki – lead agency", "New Zealand Police", "Ministry of Education",
                    "Health New Zealand – Te Whatu Ora", "Te Ara Rangatahi Trust"], "•"),
            ("p", "Oranga Tamariki is the lead attending agency. Its Youth Justice site in Christchurch "
                  "convenes and chairs the Panel and is responsible for developing and implementing this "
                  "protocol. Each agency sends one representative with decision-making authority, and "
                  "one alternate."),
        ]),
        ("meeting-purpose", "Meeting Purpose", [
            ("p", "The Panel meets weekly to consider children and young people aged 10 to 17 in "
                  "Christchurch who have come to the attention of Police for offending. It aims to divert "
                  "rangatahi away from the youth justice system where that is safe, to respond to the "
                  "causes of the offending, and to keep them engaged in education, so that re-offending "
                  "is reduced. The Panel recommends a response for each child or young person and agrees "
                  "which agency will lead the support."),
        ]),
        ("sharing-purpose", "Purpose of Sharing", [
            ("p", "Agencies share information at the Panel for three purposes:"),
            ("ol", [
                "Purpose 1 – to understand the circumstances, needs and risks of a child or young person "
                "who has offended, so that the Panel can recommend the most suitable response "
                "(alternative action, a referral for a family group conference, or no further action);",
                "Purpose 2 – to plan and arrange the services and supports that the child or young "
                "person and their whānau need, including education, health, mentoring and whānau "
                "support; and",
                "Purpose 3 – to check that agreed actions have been carried out and whether the plan for "
                "the child or young person is working.",
            ], "•"),
        ]),
        ("information-shared", "Information to be Shared", [
            ("p", "Only information that is relevant to one of the purposes of sharing is shared. "
                  "Agencies have identified the following information as relevant:"),
            ("table", [
                ["Agency", "Information it may share"],
                ["New Zealand Police", "Details of the alleged offending; previous Police contact with the "
                 "child or young person; bail conditions; family harm episodes at the home address"],
                ["Oranga Tamariki", "Current and previous care and protection or youth justice "
                 "involvement; current plans; family group conference outcomes"],
                ["Ministry of Education", "School enrolment; attendance; stand-downs, suspensions and "
                 "exclusions; learning support in place"],
                ["Health New Zealand – Te Whatu Ora", "Engagement with child and adolescent mental "
                 "health or alcohol and drug services; health needs relevant to the plan"],
                ["Te Ara Rangatahi Trust", "Engagement with mentoring and whānau support programmes; "
                 "progress against the plan"],
            ], {"colw": [5.0, 12.0], "header": True}),
        ]),
        ("legal-authority", "Legal Authority to Share", [
            ("p", "This protocol does not provide the legal authority for any sharing and cannot change "
                  "the law. The legal authority that each purpose relies on is set out below, and each "
                  "representative must be satisfied that its criteria are met before they share."),
            ("table", [
                ["Purpose", "Legal authority", "Notes for representatives"],
                ["Purpose 1 – understand needs and risks", "Oranga Tamariki Act 1989, section 66C",
                 "All attending agencies are child welfare and protection agencies for the purposes of "
                 "section 66C."],
                ["Purpose 2 – plan and arrange services", "Oranga Tamariki Act 1989, section 66C",
                 "Consider whether sharing is in the best interests of the child or young person."],
                ["Purpose 3 – check actions and progress", "Oranga Tamariki Act 1989, section 66C; "
                 "Privacy Act 2020, IPP 11(1)(a)",
                 "IPP 11(1)(a) covers progress updates that are directly related to the purpose for "
                 "which the agency collected the information."],
            ], {"colw": [4.5, 5.0, 7.5], "header": True}),
        ]),
        ("use-of-information", "Use of Information", use_v2(meeting)),
        ("transparency", "Transparency and Notification Obligations", transparency_v1(meeting, True)),
        ("method-of-sharing", "Method of Sharing", [
            ("p", "Two working days before each meeting, Police Youth Aid sends the Oranga Tamariki "
                  "coordinator the names of the children and young people to be considered. The "
                  "coordinator emails the agenda to representatives as a password protected attachment "
                  "using SEEMail or TLS-secured email."),
            ("p", "Representatives share information verbally at the meeting, which is held at the "
                  "Oranga Tamariki Christchurch site or, occasionally, on Microsoft Teams. The coordinator "
                  "records the Panel's recommendations and agreed actions, and circulates the action list "
                  "the same way as the agenda."),
        ]),
        ("security-classification", "Security Classification", [
            ("p", "Classification of information shared at or for the Panel: IN-CONFIDENCE."),
        ]),
        ("security-controls", "Security Controls", controls_v2()),
        ("tikanga", "Tikanga Considerations", [
            ("p", "More than half of the rangatahi considered by the Panel are Māori. Te Ara Rangatahi "
                  "Trust advises the Panel on tikanga, and Oranga Tamariki's Kaitiaki Mātāmua has been "
                  "consulted on this protocol. Information about a child or young person's whakapapa, iwi "
                  "and hapū affiliation is shared only when it helps to connect them with whānau or "
                  "cultural support, and the rangatahi and their whānau are asked how they want it used. "
                  "Whānau are engaged kanohi ki te kanohi wherever possible after a Panel decision."),
        ]),
        ("retention-disposal", "Retention and Disposal of Information Shared", retention_v2("Oranga Tamariki")),
        ("breach-management", "Privacy and Security Breach Management", [
            ("p", "The breach contact for the Panel is the Regional Privacy Lead, Oranga Tamariki "
                  "(privacy@ot.govt.nz, 0508 326 459). The Regional Privacy Lead coordinates the response "
                  "with the agencies involved."),
        ] + breach_obligations()),
        ("conflicts-of-interest", "Managing Conflicts of Interest", conflicts_v2("Oranga Tamariki")),
        ("relationship-management", "Relationship Management and Oversight", relationship_v1("Oranga Tamariki")),
        ("review", "Review", [
            ("p", "This protocol will be reviewed at least every two years (24 months) from the date of "
                  "the final signature. Oranga Tamariki, as lead agency, will initiate the review and "
                  "circulate any proposed changes to all attending agencies. An attending agency may ask "
                  "for an earlier review at any time if an issue with the sharing arises."),
        ]),
        ("approval", "Approval", [
            ("p", "Approved for and on behalf of each attending agency:"),
            ("sig", sigs, v.get("sigstyle", "word"),
             {"colw": [3.6, 3.4, 5.0, 2.4, 2.6], "header": ["Agency", "Name", "Role", "Signature", "Date"],
              "lead": "Signed for and on behalf of", "role": "Position"}),
        ]),
    ]
    title = [
        ("raw", [dict(text="IN-CONFIDENCE", align="r", bold=True), "",
                 dict(text="Ōtautahi Rangatahi Review Panel", bold=True, size=20, weight=2),
                 dict(text="Information Sharing Protocol", bold=True, size=16, weight=2),
                 dict(text="Version 1.1 | July 2025", italic=True), ""]),
    ]
    return dict(title=title, sections=secs)


# ===========================================================================
# C. Porirua Attendance and Engagement Hub – lead Ministry of Education
# ===========================================================================

C_SIGS = [
    dict(agency="Ministry of Education", name="Sione Tupou",
         role="Director of Education, Wellington", date="4 May 2026"),
    dict(agency="Te Kāhui Whakamana Attendance Service", name="Ana Leota",
         role="Attendance Service Manager", date="6 May 2026"),
    dict(agency="Oranga Tamariki", name="Kiri Marsters",
         role="Site Manager, Porirua", date="7 May 2026"),
    dict(agency="Ministry of Social Development", name="Grant Fepuleai",
         role="Regional Commissioner, Wellington", date="12 May 2026"),
    dict(agency="Kāinga Ora – Homes and Communities", name="Rachel Sim",
         role="Regional Director, Wellington", date="13 May 2026"),
    dict(agency="Health New Zealand – Te Whatu Ora", name="Tania Mataira",
         role="Director of Nursing, Capital, Coast and Hutt Valley", date="18 May 2026"),
]


def base_C(v):
    meeting = "the Hub"
    review = [
        ("p", "The Ministry of Education, as lead agency, will initiate a review of this protocol 12 "
              "months after the date of the last signature, and every 12 months after that. Any "
              "attending agency may ask the Ministry for an earlier review if a problem arises with the "
              "sharing."),
    ]
    if v.get("review") == "3y":
        review = [
            ("p", "The Ministry of Education, as lead agency, will initiate a review of this protocol "
                  "three years after the date of the last signature, and every three years after that, "
                  "to line up with the Ministry's funding cycle for attendance services. Any attending "
                  "agency may ask the Ministry for an earlier review if a problem arises with the "
                  "sharing."),
        ]
    secs = [
        ("attending-agencies", "Attending agencies", [
            ("p", "The following agencies attend the Porirua Attendance and Engagement Hub (the Hub) and "
                  "are signatories to this protocol:"),
            ("tabs", [
                ["Agency", "Role at the Hub"],
                ["Ministry of Education", "Lead agency; convenes and chairs the Hub"],
                ["Te Kāhui Whakamana Attendance Service", "Attendance service provider for Porirua schools"],
                ["Oranga Tamariki", "Care and protection advice and response"],
                ["Ministry of Social Development", "Income support and hardship assistance"],
                ["Kāinga Ora – Homes and Communities", "Public housing tenancies and transfers"],
                ["Health New Zealand – Te Whatu Ora", "Public health nursing and child health services"],
            ], [38, 58], {"wrapcells": True}),
            ("p", "The Ministry of Education is the lead attending agency and is responsible for "
                  "developing and implementing this protocol."),
        ]),
        ("meeting-purpose", "Meeting purpose", [
            ("p", "The Hub meets fortnightly to find practical ways to get persistently absent students "
                  "in Porirua back to school and keep them there. Schools refer students to the "
                  "attendance service; students whose absence is linked to needs that the school and "
                  "the attendance service cannot meet on their own are brought to the Hub, so that the "
                  "right agency can help the student and their whānau."),
        ]),
        ("sharing-purpose", "Purpose of sharing", [
            ("p", "Information is shared at the Hub for these purposes:"),
            ("ol", [
                "to find out why a student is persistently absent from school and agree the support "
                "that will help them return;",
                "to respond to concerns about a student's safety or wellbeing that come to light "
                "through attendance work; and",
                "to address housing, income or health barriers that are keeping a student from school, "
                "with the whānau's agreement.",
            ], "a)"),
        ]),
        ("information-shared", "Information to be shared", [
            ("p", "Representatives share only what is relevant to a purpose of sharing for the student "
                  "being discussed. The information each agency may share is:"),
            ("tabs", [
                ["Agency", "Information"],
                ["Ministry of Education and Te Kāhui Whakamana", "Enrolment, attendance record, reasons "
                 "given for absence, actions already taken by the school and the attendance service"],
                ["Oranga Tamariki", "Whether the student or whānau is currently known, and any current "
                 "plan relevant to attendance"],
                ["Ministry of Social Development", "Whether the whānau receives a benefit or hardship "
                 "assistance, and what further assistance may be available"],
                ["Kāinga Ora", "Tenancy status, overcrowding, transfer applications and maintenance "
                 "issues affecting the household"],
                ["Health New Zealand", "Health conditions or appointments affecting attendance, and "
                 "whether the student is engaged with health services"],
            ], [38, 58], {"wrapcells": True}),
        ]),
        ("legal-authority", "Legal authority to share", [
            ("p", "Nothing in this protocol authorises sharing. Representatives share only where the law "
                  "permits it. The authority for each purpose is:"),
            ("tabs", [
                ["Purpose", "Legal authority"],
                ["a) Reasons for absence and support to return",
                 "Privacy Act 2020, IPP 11(1)(a) (directly related purpose) and IPP 11(1)(c) (authorised "
                 "by the student's parent or caregiver)"],
                ["b) Safety or wellbeing concerns", "Oranga Tamariki Act 1989, section 66C"],
                ["c) Housing, income or health barriers",
                 "Privacy Act 2020, IPP 11(1)(c); Health Information Privacy Code 2020, rule 11(1)(b) "
                 "(authorised by the individual or their representative)"],
            ], [38, 58], {"wrapcells": True}),
        ]),
        ("use-of-information", "Use of information", use_v3(meeting, "the attendance service")),
        ("transparency", "Transparency and notification obligations", transparency_v1(meeting, True) + [
            ("p", "Te Kāhui Whakamana explains the Hub to the student's parents or caregivers when it "
                  "first works with them, and asks for their agreement before purpose (c) information "
                  "is shared."),
        ]),
        ("method-of-sharing", "Method of sharing", [
            ("p", "The attendance service sends the Hub chair a referral summary for each student two "
                  "days before the meeting. The chair emails the list of students to representatives as "
                  "a password protected attachment. Information is then shared verbally at the meeting, "
                  "held at the Ministry's Porirua office or on Microsoft Teams. Agreed actions are "
                  "recorded by the chair and sent to the representatives responsible for them."),
        ]),
        ("security-classification", "Security classification", [
            ("p", "All information shared at or for the Hub is classified IN-CONFIDENCE."),
        ]),
        ("security-controls", "Security controls", [
            ("p", "These controls apply to everyone who takes part in the Hub:"),
            ("tabs", [
                ["Control", "How it applies at the Hub"],
                ["Training", "Representatives have completed their own agency's privacy and information "
                 "security training before they attend the Hub."],
                ["Hard copies", "Printed papers are collected and securely shredded at the end of every "
                 "Hub meeting. Printed papers are never handed to representatives of other agencies."],
                ["Email", "Attachments containing personal information are password protected; the "
                 "password is sent by text message."],
                ["Devices", "Information is sent, received and viewed only on devices approved by the "
                 "representative's own agency."],
                ["Online", "When the Hub meets on Teams, no one uses the chat, records the meeting or "
                 "takes screenshots."],
            ], [18, 78], {"wrapcells": True}),
        ]),
        ("tikanga", "Tikanga considerations", [
            ("p", "Many of the students discussed at the Hub are Māori or Pasifika. The Ministry's "
                  "kaitakawaenga (Māori liaison adviser) attends the Hub and advises on tikanga. "
                  "Information about whakapapa and whānau connections is treated as taonga: it is "
                  "shared only where it helps connect the student with whānau, kura or cultural "
                  "support, and the whānau are asked how they want it used. The Hub also respects "
                  "Pacific values, and agencies engage with Pasifika families in a way that suits them."),
        ]),
        ("retention-disposal", "Retention and disposal of information shared", retention_v1("The Ministry of Education", "five years")),
        ("breach-management", "Privacy and security breach management", [
            ("p", "If anyone becomes aware of a privacy or security breach involving information shared "
                  "for the Hub, they contact the Hub's designated breach contact straight away:"),
            ("box", [("BREACH CONTACT", True),
                     "Privacy Officer, Ministry of Education",
                     "Email: privacy.officer@education.govt.nz",
                     "Phone: 04 463 8000"]),
        ] + breach_obligations()),
        ("conflicts-of-interest", "Managing conflicts of interest", conflicts_v1("the Hub chair")),
        ("relationship-management", "Relationship management and oversight", relationship_v2("the Ministry of Education")),
        ("review", "Review", review),
        ("approval", "Approval", [
            ("p", "Each attending agency approves this protocol by the signature of its authorised "
                  "signatory below."),
            ("sig", C_SIGS, v.get("sigstyle", "stacked"), {"lead": "Signed for and on behalf of",
                                                          "role": "Position"}),
        ]),
    ]
    title = [
        ("raw", [dict(text="IN-CONFIDENCE", align="c"), "",
                 dict(text="PORIRUA ATTENDANCE AND ENGAGEMENT HUB", bold=True, size=16, align="c", weight=2),
                 dict(text="INFORMATION SHARING PROTOCOL", bold=True, size=14, align="c", weight=2),
                 "", dict(text="May 2026", align="c"), ""]),
    ]
    return dict(title=title, sections=secs)


# ===========================================================================
# D. Tauranga Moana Elder Abuse Response Panel – lead Health New Zealand
# ===========================================================================

D_SIGS = [
    dict(agency="Health New Zealand – Te Whatu Ora", name="Dr Fiona McLeod",
         role="Director of Allied Health, Bay of Plenty", date="6 October 2025"),
    dict(agency="New Zealand Police", name="Inspector Tama Ngatai",
         role="Area Commander, Western Bay of Plenty", date="9 October 2025"),
    dict(agency="Ministry of Social Development", name="Leanne Parata",
         role="Regional Commissioner, Bay of Plenty", date="14 October 2025"),
    dict(agency="Te Puna Kaumātua Trust", name="Jan Hollis",
         role="Service Manager, Elder Abuse Response", date="15 October 2025"),
    dict(agency="Ngā Mātua Hauora o Tauranga Moana", name="Rangi Kereama",
         role="Tumu Whakarae (Chief Executive)", date="20 October 2025"),
]


def base_D(v):
    omit = v.get("omit", ())
    ctl = {
        "training": "Every representative has completed privacy and information security training, "
                    "refreshed at least every two years.",
        "hardcopy-destruction": "Hard copy information is kept to a minimum and is securely destroyed "
                                "at the end of each panel meeting.",
        "hardcopy-distribution": "Hard copies are not passed to representatives of other agencies.",
        "password-protection": "Email attachments containing personal or health information are "
                               "password protected.",
        "approved-devices": "Only agency-approved devices are used to share or access panel "
                            "information.",
        "virtual-meeting": "When the panel meets by video conference, the chat function is not used, "
                           "the meeting is not recorded and no screenshots are taken.",
    }
    secs = [
        ("attending-agencies", "Attending agencies", [
            ("p", "These agencies attend the Tauranga Moana Elder Abuse Response Panel (the panel) and "
                  "have signed this protocol:"),
            ("ol", ["Health New Zealand – Te Whatu Ora (lead agency)", "New Zealand Police",
                    "Ministry of Social Development", "Te Puna Kaumātua Trust",
                    "Ngā Mātua Hauora o Tauranga Moana"], "(a)"),
            ("p", "Health New Zealand – Te Whatu Ora, through its Older Persons' Health service in "
                  "Tauranga, is the lead attending agency. It convenes the panel, provides the chair "
                  "and secretariat, and is responsible for developing and implementing this protocol."),
        ]),
        ("meeting-purpose", "Meeting purpose", [
            ("p", "The panel meets fortnightly to consider older people (generally aged 65 and over, or "
                  "55 and over for Māori and Pacific people) in the western Bay of Plenty who are "
                  "experiencing, or at risk of, abuse or neglect, including financial abuse. It brings "
                  "together the agencies that can keep them safe so that a single, coordinated plan is "
                  "agreed with the older person, respecting their choices wherever they have the "
                  "capacity to make them."),
        ]),
        ("sharing-purpose", "Purpose of sharing", [
            ("p", "Information is shared at the panel for two purposes:"),
            ("ol", [
                "to assess the risk of abuse or neglect to an older person referred to the panel, and "
                "how urgently a response is needed; and",
                "to agree and carry out a safety and support plan with the older person, including "
                "referrals to services.",
            ], "1."),
        ]),
        ("information-shared", "Information to be shared", [
            ("p", "Only information relevant to a purpose of sharing is shared, and only about the older "
                  "person referred and the people involved in the concern. This may include the "
                  "referral and the concern raised; relevant health information, including cognitive "
                  "assessments and capacity; Police attendances and any family harm history; "
                  "information about benefits, superannuation and any enduring power of attorney; and "
                  "the support that Te Puna Kaumātua Trust and Ngā Mātua Hauora already provide."),
        ]),
        ("legal-authority", "Legal authority to share", [
            ("p", "This protocol does not authorise the sharing of information. Each representative "
                  "shares only under the legal authority recorded below for the purpose concerned, and "
                  "only where its criteria are met."),
            ("table", [
                ["Purpose", "Legal authority"],
                ["1. Assess the risk of abuse or neglect",
                 "Family Violence Act 2018, section 20 (where the person causing harm is a family member "
                 "or in a close personal relationship with the older person); Privacy Act 2020, IPP "
                 "11(1)(f); Health Information Privacy Code 2020, rule 11(2)(d)"],
                ["2. Safety and support plan",
                 "Privacy Act 2020, IPP 11(1)(c); Health Information Privacy Code 2020, rule 11(1)(b) – "
                 "with the agreement of the older person or, where they lack capacity, their attorney "
                 "under an enduring power of attorney"],
            ], {"colw": [5.0, 12.0], "header": True, "wrapcells": True}),
        ]),
        ("use-of-information", "Use of information", use_v1("the panel")),
        ("transparency", "Transparency and notification obligations", transparency_v2(
            "Health New Zealand – Te Whatu Ora", "the older person")),
        ("method-of-sharing", "Method of sharing", [
            ("p", "Referrals are sent to the panel coordinator by secure email. The coordinator sends the "
                  "agenda to representatives two days before the meeting as a password protected "
                  "attachment. Information is shared verbally at the meeting, which is held at Tauranga "
                  "Hospital or, when members cannot travel, by Microsoft Teams video conference. The "
                  "coordinator records the plan and the agreed actions in the panel register, which is "
                  "held in Health New Zealand's document management system."),
        ]),
        ("security-classification", "Security classification", [
            ("p", "Information shared at or for the panel is classified SENSITIVE, because much of it is "
                  "health information about older people who may lack capacity. It is handled under the "
                  "Protective Security Requirements for that classification, and the non-government "
                  "members have confirmed that they can meet those requirements."),
        ]),
        ("security-controls", "Security controls", [
            ("p", "As a minimum, representatives and their agencies apply these controls:"),
            ("ol", [ctl[k] for k in ("training", "hardcopy-destruction", "hardcopy-distribution",
                                       "password-protection", "approved-devices", "virtual-meeting")
                    if k not in omit], "(i)"),
        ]),
        ("tikanga", "Tikanga considerations", [
            ("p", "Kaumātua hold a special place in their whānau and communities, and harm to them "
                  "affects the mana of the whole whānau. Ngā Mātua Hauora o Tauranga Moana advises the "
                  "panel on tikanga. Where the older person is Māori, Ngā Mātua Hauora is asked how the "
                  "older person and their whānau should be approached, whānau hui are offered, and "
                  "information about whakapapa and whenua is shared only where it is needed for the "
                  "plan (for example where financial abuse involves Māori land)."),
        ]),
        ("retention-disposal", "Retention and disposal of information shared",
         retention_v2("Health New Zealand – Te Whatu Ora")),
        ("breach-management", "Privacy and security breach management", [
            ("p", "The designated breach contact is the Privacy Officer, Health New Zealand – Te Whatu "
                  "Ora (Bay of Plenty): privacy.bop@tewhatuora.govt.nz, 07 579 8000."),
        ] + breach_obligations()),
        ("conflicts-of-interest", "Managing conflicts of interest", conflicts_v1("the panel chair")),
        ("relationship-management", "Relationship management and oversight",
         relationship_v1("Health New Zealand – Te Whatu Ora")),
        ("review", "Review", [
            ("p", "The protocol is reviewed biennially, that is every two years from the date of the "
                  "last signature. Health New Zealand – Te Whatu Ora, as lead agency, initiates the "
                  "review. Any attending agency may ask for an earlier review."),
        ]),
        ("approval", "Approval", [
            ("sig", D_SIGS, v.get("sigstyle", "word"),
             {"colw": [4.0, 3.2, 5.2, 2.2, 2.4], "header": ["Agency", "Name", "Designation", "Signature", "Date"],
              "role": "Designation"}),
        ]),
    ]
    title = [
        ("raw", [dict(text="Tauranga Moana Elder Abuse Response Panel", bold=True, size=18, weight=2),
                 dict(text="Information Sharing Protocol", size=14, weight=2),
                 dict(text="October 2025", italic=True), ""]),
    ]
    return dict(title=title, sections=secs)


# ===========================================================================
# E. Kirikiriroa Reintegration Coordination Meeting – lead Corrections
# ===========================================================================

E_SIGS = [
    dict(agency="Ara Poutama Aotearoa – Department of Corrections", name="Davina Rapana",
         role="Regional Manager, Reintegration Services, Waikato", date="13 April 2026"),
    dict(agency="Kāinga Ora – Homes and Communities", name="Tom Brydon",
         role="Regional Director, Waikato", date="15 April 2026"),
    dict(agency="Ministry of Social Development", name="Hemi Walker",
         role="Regional Commissioner, Waikato", date="16 April 2026"),
    dict(agency="Health New Zealand – Te Whatu Ora", name="Dr Priya Nair",
         role="Service Manager, Forensic Mental Health, Waikato", date="20 April 2026"),
    dict(agency="Te Ara Whakamua Trust", name="Moana Te Rangi",
         role="Chief Executive", date="22 April 2026"),
]


def base_E(v):
    cls = v.get("classification", "IN-CONFIDENCE")
    if cls == "IN-CONFIDENCE":
        cls_text = [("p", "Information shared at or for the meeting is classified IN-CONFIDENCE. Documents "
                          "prepared for the meeting carry that marking in their header and footer, and "
                          "every agency handles them under the Protective Security Requirements for "
                          "that classification.")]
    else:
        cls_text = [("p", "Information shared for the meeting is UNCLASSIFIED. Representatives must "
                          "nonetheless treat it as private, and handle it in line with this protocol and "
                          "their own agency's policies.")]
    secs = [
        ("attending-agencies", "Attending agencies", [
            ("p", "The Kirikiriroa Reintegration Coordination Meeting (the meeting) is attended by the "
                  "following agencies, which are the signatories to this protocol: Ara Poutama Aotearoa – "
                  "Department of Corrections (lead agency); Kāinga Ora – Homes and Communities; Ministry "
                  "of Social Development; Health New Zealand – Te Whatu Ora; and Te Ara Whakamua Trust, a "
                  "kaupapa Māori reintegration provider."),
            ("p", "As the lead attending agency, Corrections sets up and chairs the meeting and is "
                  "responsible for developing and implementing this protocol."),
        ]),
        ("meeting-purpose", "Meeting purpose", [
            ("p", "The meeting is held monthly so that people leaving Waikeria Prison or Spring Hill "
                  "Corrections Facility to live in Hamilton have somewhere safe to live, an income, the "
                  "health care they need and support from their whānau from the day they are released. "
                  "Good reintegration reduces re-offending, and it depends on agencies planning together "
                  "well before release rather than each agency starting its own process afterwards."),
        ]),
        ("sharing-purpose", "Purpose of sharing", [
            ("p", "Information is shared for one purpose only: to plan and coordinate accommodation, "
                  "income, health and whānau support for a person who is due for release to the Hamilton "
                  "area, during the 12 weeks before and the 12 weeks after their release."),
        ]),
        ("information-shared", "Information to be shared", [
            ("p", "With the person's agreement, agencies share: the person's name, date of birth and "
                  "expected release date and address; their release conditions that affect where they can "
                  "live; their housing history and any Kāinga Ora application; their benefit status and "
                  "entitlements; current health, mental health and addiction treatment needs and "
                  "medication; and the whānau and cultural supports they have identified. Details of "
                  "offending are shared only to the extent needed to find suitable accommodation."),
        ]),
        ("legal-authority", "Legal authority to share", [
            ("box", [("PLEASE NOTE", True),
                     "This protocol does not itself authorise any sharing of information. It records the",
                     "legal authority the attending agencies rely on. If you are not sure whether you can",
                     "share something, ask your agency's privacy team before you share it."]),
            ("p", "Sharing for the purpose of this meeting relies on the agreement of the person being "
                  "discussed: Privacy Act 2020, IPP 11(1)(c) (disclosure authorised by the individual "
                  "concerned) and, for health information, Health Information Privacy Code 2020, rule "
                  "11(1)(b). Corrections obtains the person's written consent, on the meeting's consent "
                  "form, before they are first discussed, and records which agencies the consent covers."),
            ("p", "If a representative believes on reasonable grounds that sharing without consent is "
                  "necessary to prevent or lessen a serious threat to the life or health of the person "
                  "or anyone else, they may share under Privacy Act 2020, IPP 11(1)(f), or Health "
                  "Information Privacy Code 2020, rule 11(2)(d), after checking with their privacy team "
                  "where time allows."),
        ]),
        ("use-of-information", "Use of information", use_v3("the meeting", "Kāinga Ora")),
        ("transparency", "Transparency and notification obligations", transparency_v2(
            "the Corrections case manager", "the person")),
        ("method-of-sharing", "Method of sharing", [
            ("p", "Eight weeks before a person's release the Corrections case manager sends the chair the "
                  "signed consent form and a referral summary. The chair sends representatives the agenda "
                  "and summaries by secure email. The meeting itself is held at the Corrections Hamilton "
                  "Community Corrections office; representatives who cannot attend in person join by "
                  "Microsoft Teams. Actions agreed are recorded by the chair in the reintegration plan, "
                  "which is held in Corrections' case management system and shared with the person."),
        ]),
        ("security-classification", "Security classification", cls_text),
        ("security-controls", "Security controls", [
            ("p", "Before attending, each representative must have completed their agency's privacy and "
                  "information security training. Information about a person is shared only from devices "
                  "that their agency has issued or approved, and never from a personal device."),
            ("p", "Where information is sent by email, any attachment containing personal information is "
                  "password protected. Paper copies are discouraged; where they are used they are not "
                  "handed to representatives of other agencies, and they are shredded or placed in a "
                  "secure destruction bin at the end of the meeting."),
            ("p", "If the meeting is held on Microsoft Teams, representatives do not use the chat function "
                  "for personal information, do not record the meeting and do not take screenshots."),
        ]),
        ("tikanga", "Tikanga considerations", [
            ("p", "Around two thirds of the people discussed are Māori. Te Ara Whakamua Trust advises the "
                  "meeting on tikanga and leads engagement with whānau, hapū and iwi where the person "
                  "wants that. Information about a person's whakapapa and whānau is treated as taonga; it "
                  "is shared only with the person's agreement and only to connect them with whānau, marae "
                  "or cultural support. The agencies have agreed to review, with Te Ara Whakamua, how "
                  "Māori data from the meeting is reported in any aggregate statistics."),
        ]),
        ("retention-disposal", "Retention and disposal of information shared",
         retention_v1("Ara Poutama Aotearoa – Department of Corrections", "ten years")),
        ("breach-management", "Privacy and security breach management", [
            ("p", "The designated contact for any breach involving information shared for the meeting is "
                  "the Privacy Officer, Ara Poutama Aotearoa – Department of Corrections, "
                  "privacy@corrections.govt.nz, phone 04 460 3000."),
        ] + breach_obligations()),
        ("conflicts-of-interest", "Managing conflicts of interest", conflicts_v2("Corrections")),
        ("relationship-management", "Relationship management and oversight", relationship_v2("Corrections")),
        ("review", "Review", [
            ("p", "This protocol will be reviewed every eighteen (18) months from the date on which it is "
                  "signed by the last attending agency. Ara Poutama Aotearoa – Department of Corrections "
                  "is responsible for initiating the review, and any attending agency may request an "
                  "earlier review."),
        ]),
        ("approval", "Approval", [
            ("p", "The attending agencies approve this protocol:"),
            ("sig", E_SIGS, v.get("sigstyle", "twocol"), {"lead": "Signed for", "role": "Title"}),
        ]),
    ]
    title = [
        ("raw", [dict(text=cls, bold=True, align="c"), "",
                 dict(text="KIRIKIRIROA REINTEGRATION COORDINATION MEETING", bold=True, size=15, weight=2),
                 dict(text="Information sharing protocol between the attending agencies", size=12, weight=2),
                 "April 2026", ""]),
    ]
    return dict(title=title, sections=secs)


# ===========================================================================
# F. Rotorua Emergency Housing Placement Panel – lead MSD
# ===========================================================================

F_SIGS = [
    dict(agency="Ministry of Social Development", name="Tui Ranginui",
         role="Regional Commissioner, Bay of Plenty", date="3 August 2026"),
    dict(agency="Kāinga Ora – Homes and Communities", name="Nikki Baxter",
         role="Regional Director, Bay of Plenty", date="5 August 2026"),
    dict(agency="Te Tūāpapa Kura Kāinga – Ministry of Housing and Urban Development",
         name="Matthew Reti", role="Manager, Place-based Housing", date="6 August 2026"),
    dict(agency="Oranga Tamariki", name="Huia Mitchell", role="Site Manager, Rotorua",
         date="10 August 2026"),
    dict(agency="Health New Zealand – Te Whatu Ora", name="James Okoro",
         role="Group Manager, Community Health, Lakes", date="11 August 2026"),
    dict(agency="Rotorua Lakes Council", name="Sarah Dunne",
         role="General Manager, Community Wellbeing", date="12 August 2026"),
    dict(agency="Te Whare Ahuru Whānau Ora Collective", name="Tipene Marino",
         role="Kaiwhakahaere", date="14 August 2026"),
]


def base_F(v):
    retention = retention_v2("the Ministry of Social Development")
    if v.get("justincase"):
        retention = retention + [
            ("p", "Because whānau often come back into emergency housing, Kāinga Ora and the Ministry of "
                  "Social Development may also keep the full case summaries presented at the panel on "
                  "their own client files, including for whānau who are not placed through the panel, "
                  "in case they are needed for a later housing application."),
        ]
    secs = [
        ("attending-agencies", "Attending agencies", [
            ("p", "The Rotorua Emergency Housing Placement Panel (the panel) is attended by:"),
            ("ol", ["Ministry of Social Development (lead agency)",
                    "Kāinga Ora – Homes and Communities",
                    "Te Tūāpapa Kura Kāinga – Ministry of Housing and Urban Development",
                    "Oranga Tamariki",
                    "Health New Zealand – Te Whatu Ora",
                    "Rotorua Lakes Council",
                    "Te Whare Ahuru Whānau Ora Collective"], "•"),
            ("p", "These agencies are the signatories to this protocol. The Ministry of Social "
                  "Development (MSD) is the lead attending agency: it convenes and chairs the panel and "
                  "is responsible for developing and implementing this protocol."),
        ]),
        ("meeting-purpose", "Meeting purpose", [
            ("p", "The panel meets weekly to move whānau out of emergency housing motels in Rotorua and "
                  "into transitional or public housing as quickly and safely as possible. It looks at the "
                  "whānau who have been in emergency housing longest or whose needs are greatest, and "
                  "agrees who will do what to help them move and to support them in the meantime."),
        ]),
        ("sharing-purpose", "Purpose of sharing", [
            ("p", "Information is shared at the panel:"),
            ("ol", [
                "to identify whānau in emergency housing whose needs are most urgent, so that their move "
                "into transitional or public housing can be prioritised;",
                "to coordinate the support that each agency provides to whānau while they are in "
                "emergency housing; and",
                "to protect tamariki living in emergency housing where there are concerns about their "
                "safety or wellbeing.",
            ], "1."),
        ]),
        ("information-shared", "Information to be shared", [
            ("p", "For each whānau discussed, representatives may share only what is relevant to a "
                  "purpose of sharing, such as: household make-up and the ages of tamariki; time in "
                  "emergency housing and the reasons for it; housing register status, priority rating "
                  "and any offers made; income and debts that affect housing options; health or "
                  "disability needs that affect what housing is suitable; and any current care and "
                  "protection concern about tamariki in the household."),
        ]),
        ("legal-authority", "Legal authority to share", [
            ("p", "This protocol does not itself authorise sharing; it records the legal authority each "
                  "purpose relies on:"),
            ("ol", [
                "Purpose 1 – Privacy Act 2020, IPP 11(1)(a) (directly related to the purpose for which "
                "MSD collected the information for the housing assessment) and IPP 11(1)(c) (authorised "
                "by the applicant on the housing application form).",
                "Purpose 2 – Privacy Act 2020, IPP 11(1)(c); Health Information Privacy Code 2020, rule "
                "11(1)(b), with the agreement of the whānau.",
                "Purpose 3 – Oranga Tamariki Act 1989, section 66C. Only attending agencies that are "
                "child welfare and protection agencies share under this section; Rotorua Lakes Council "
                "and the Ministry of Housing and Urban Development do not share for purpose 3.",
            ], "•"),
        ]),
        ("use-of-information", "Use of information", use_v2("the panel")),
        ("transparency", "Transparency and notification obligations", transparency_v1("the panel", True)),
        ("method-of-sharing", "Method of sharing", [
            ("p", "MSD's housing broker prepares the list of whānau to be discussed and emails it to "
                  "representatives the day before the panel as a password protected attachment. "
                  "Information is then shared verbally at the panel, which meets at the MSD Rotorua "
                  "service centre or on Microsoft Teams. MSD records the agreed actions and sends each "
                  "agency only the actions that are its responsibility."),
        ]),
        ("security-classification", "Security classification", [
            ("p", "Information shared at or for the panel is classified IN-CONFIDENCE."),
        ]),
        ("security-controls", "Security controls", controls_v2()),
    ]
    if not v.get("no_tikanga"):
        secs.append(("tikanga", "Tikanga considerations", [
            ("p", "Most whānau in emergency housing in Rotorua are Māori, many of them from Te Arawa. Te "
                  "Whare Ahuru Whānau Ora Collective advises the panel on tikanga and on how whānau "
                  "should be approached. Agencies agree that information about whakapapa and whānau "
                  "connections is shared only where it helps a whānau to move closer to their own "
                  "support, and that whānau are engaged kanohi ki te kanohi, with their own navigator "
                  "present if they wish."),
        ]))
    secs += [
        ("retention-disposal", "Retention and disposal of information shared", retention),
        ("breach-management", "Privacy and security breach management", [
            ("p", "Breach contact: Privacy Officer, Ministry of Social Development – privacy@msd.govt.nz, "
                  "04 916 3300. Anyone who becomes aware of a breach contacts the Privacy Officer "
                  "straight away."),
        ] + breach_obligations()),
        ("conflicts-of-interest", "Managing conflicts of interest", conflicts_v1("the panel chair")),
        ("relationship-management", "Relationship management and oversight",
         relationship_v1("MSD", "every four months")),
        ("review", "Review", [
            ("p", "MSD, as lead agency, will initiate a review of this protocol 12 months after it is "
                  "signed and then annually. The review will follow the steps in the guidance on sharing "
                  "information at multi-agency meetings, and any agency may ask for an earlier review."),
        ]),
        ("approval", "Approval", [
            ("p", "Signed on behalf of the attending agencies:"),
            ("sig", F_SIGS, v.get("sigstyle", "tabs"),
             {"colw": [34, 18, 30, 10, 16]}),
        ]),
    ]
    title = [
        ("raw", [dict(text="IN-CONFIDENCE", bold=True), "",
                 dict(text="ROTORUA EMERGENCY HOUSING PLACEMENT PANEL", bold=True, size=16, weight=2),
                 dict(text="Information Sharing Protocol", bold=True, size=13, weight=2),
                 dict(text="Version 1.0 – August 2026"), ""]),
    ]
    return dict(title=title, sections=secs)


# ===========================================================================
# G. Hutt Valley Mental Health Crisis Coordination Group – lead Health NZ
# ===========================================================================

G_SIGS = [
    dict(agency="Health New Zealand – Te Whatu Ora", name="Dr Ruth Mabey",
         role="Clinical Director, Mental Health, Addiction and Intellectual Disability Service, Hutt Valley",
         date="8 June 2026"),
    dict(agency="New Zealand Police", name="Inspector Sam Faleolo",
         role="Area Commander, Hutt Valley", date="10 June 2026"),
    dict(agency="Ministry of Social Development", name="Karen Whitaker",
         role="Regional Commissioner, Wellington", date="12 June 2026"),
    dict(agency="Kāinga Ora – Homes and Communities", name="Rachel Sim",
         role="Regional Director, Wellington", date="15 June 2026"),
    dict(agency="Te Waiora Hauora Trust", name="Paora Hēnare",
         role="Tumuaki", date="17 June 2026"),
    dict(agency="Awhi Peer Support Trust", name="Ellie Brandt",
         role="Manager", date="19 June 2026"),
]


def base_G(v):
    trap = v.get("trap")
    auth_rows = [
        ["Purpose", "Legal authority"],
        ["1. Coordinated response to repeated crisis contact",
         "Health Information Privacy Code 2020, rule 11(2)(d); Privacy Act 2020, IPP 11(1)(f)"],
        ["2. Follow-up support plan",
         "Health Information Privacy Code 2020, rule 11(1)(b); Privacy Act 2020, IPP 11(1)(c)"],
    ]
    if v.get("authority3", True) and not trap:
        auth_rows.append(["3. Stable housing",
                          "Privacy Act 2020, IPP 11(1)(c), with the person's agreement"])
    if trap:
        auth_rows.append(["3. Stable housing",
                          [("ins", "Privacy Act 2020, IPP 11(1)(c), with the person's agreement",
                            "Kate Lomax", "2026-09-14T10:22:00Z")]])
    if trap:
        cls = [("p", [("t", "Information shared at or for the Group is classified "),
                      ("sdt_drop", "IN-CONFIDENCE",
                       ["Choose an item.", "UNCLASSIFIED", "IN-CONFIDENCE", "SENSITIVE", "RESTRICTED"],
                       "Security classification"),
                      ("t", ".")])]
        breach_first = [("p", [("t", "The designated breach contact is: "),
                               ("sdt_text", "Privacy Officer, Health New Zealand – Te Whatu Ora (Hutt "
                                            "Valley), privacy.hutt@tewhatuora.govt.nz, 04 566 6999",
                                "Breach contact")])]
        review = [("p", [("t", "This protocol is reviewed every "),
                         ("del", "three (3) years", "Kate Lomax", "2026-09-14T10:25:00Z"),
                         ("ins", "two (2) years", "Kate Lomax", "2026-09-14T10:25:00Z"),
                         ("t", " from the date of the last signature. Health New Zealand – Te Whatu Ora, "
                               "as lead agency, initiates the review. Any attending agency may ask for "
                               "an earlier review.")])]
    else:
        cls = [("p", "Information shared at or for the Group is classified IN-CONFIDENCE.")]
        breach_first = [("p", "The designated breach contact is the Privacy Officer, Health New Zealand – "
                              "Te Whatu Ora (Hutt Valley), privacy.hutt@tewhatuora.govt.nz, 04 566 6999.")]
        review = [("p", "This protocol is reviewed every two (2) years from the date of the last "
                        "signature. Health New Zealand – Te Whatu Ora, as lead agency, initiates the "
                        "review. Any attending agency may ask for an earlier review.")]
    secs = [
        ("attending-agencies", "Attending agencies", [
            ("p", "The Hutt Valley Mental Health Crisis Coordination Group (the Group) is attended by the "
                  "following agencies, each of which has signed this protocol:"),
            ("ol", ["Health New Zealand – Te Whatu Ora (lead agency)", "New Zealand Police",
                    "Ministry of Social Development", "Kāinga Ora – Homes and Communities",
                    "Te Waiora Hauora Trust", "Awhi Peer Support Trust"], "1."),
            ("p", "Health New Zealand – Te Whatu Ora, through the Hutt Valley Mental Health, Addiction and "
                  "Intellectual Disability Service, is the lead attending agency and is responsible for "
                  "developing and implementing this protocol."),
        ]),
        ("meeting-purpose", "Meeting purpose", [
            ("p", "The Group meets fortnightly to plan better responses for people in the Hutt Valley who "
                  "repeatedly come into contact with Police, ambulance or the emergency department "
                  "because of a mental health crisis. By planning together, agencies aim to reduce the "
                  "number of crises, make sure that the right service responds when a crisis does happen, "
                  "and connect the person with ongoing support."),
        ]),
        ("sharing-purpose", "Purpose of sharing", [
            ("p", "Information is shared at the Group for the following purposes:"),
            ("ol", [
                "to coordinate a safe response for people who have had repeated mental health crisis "
                "contact with Police, ambulance or the emergency department;",
                "to agree a follow-up support plan with the person; and",
                "to help the person keep, or find, stable housing where housing problems are "
                "contributing to their crises.",
            ], "1."),
        ]),
        ("information-shared", "Information to be shared", [
            ("p", "Representatives share only what is relevant to a purpose of sharing about the person "
                  "being discussed: the number and nature of recent crisis contacts; relevant mental "
                  "health history, diagnosis, treatment and risk assessments; Police attendances and "
                  "any safety risks to staff; benefit and hardship status; tenancy status and any "
                  "tenancy issues; and the support that Te Waiora Hauora Trust and Awhi Peer Support Trust "
                  "already provide."),
        ]),
        ("legal-authority", "Legal authority to share", [
            ("p", "This protocol does not itself authorise the sharing of information. The legal "
                  "authority relied on for each purpose is:"),
            ("table", auth_rows, {"colw": [6.0, 11.0], "header": True, "wrapcells": not trap}),
        ]),
        ("use-of-information", "Use of information", use_v1("the Group")),
        ("transparency", "Transparency and notification obligations", transparency_v2(
            "the person's key worker", "the person")),
        ("method-of-sharing", "Method of sharing", [
            ("p", "The Group coordinator compiles the list of people to be discussed from crisis team "
                  "and Police referrals and sends it to representatives, as a password protected "
                  "attachment, two days before each meeting. Information is shared verbally at the "
                  "meeting, held at Hutt Hospital or on Microsoft Teams. The coordinator records the plan "
                  "agreed for each person in the Health New Zealand clinical record, and sends each "
                  "agency only the actions it is responsible for."),
        ]),
        ("security-classification", "Security classification", cls),
        ("security-controls", "Security controls", controls_v1()),
        ("tikanga", "Tikanga considerations", [
            ("p", "Te Waiora Hauora Trust advises the Group on tikanga. The Group uses Te Whare Tapa Whā "
                  "as a shared way of talking about a person's wellbeing, offers Māori whaiora and their "
                  "whānau a kaupapa Māori key worker, and shares information about whakapapa and whānau "
                  "only where the person agrees and it helps to connect them with support."),
        ]),
        ("retention-disposal", "Retention and disposal of information shared",
         retention_v1("Health New Zealand – Te Whatu Ora", "ten years")),
        ("breach-management", "Privacy and security breach management", breach_first + breach_obligations()),
        ("conflicts-of-interest", "Managing conflicts of interest", conflicts_v2("Health New Zealand – Te Whatu Ora")),
        ("relationship-management", "Relationship management and oversight",
         relationship_v1("Health New Zealand – Te Whatu Ora")),
        ("review", "Review", review),
        ("approval", "Approval", [
            ("sig", G_SIGS, v.get("sigstyle", "word"),
             {"colw": [3.8, 3.0, 5.6, 2.2, 2.4], "header": ["Agency", "Name", "Role", "Signature", "Date"]}),
        ]),
    ]
    title = [
        ("raw", [dict(text="Hutt Valley Mental Health Crisis Coordination Group", bold=True, size=17, weight=2),
                 dict(text="Multi-Agency Information Sharing Protocol", size=13, weight=2),
                 dict(text="June 2026"), ""]),
    ]
    return dict(title=title, sections=secs)


# ===========================================================================
# H. Tairāwhiti Tamariki Wellbeing Hub – lead Oranga Tamariki
# ===========================================================================

H_AGENCIES = ["Oranga Tamariki", "New Zealand Police", "Ministry of Education",
              "Health New Zealand – Te Whatu Ora", "Ministry of Social Development",
              "Tairāwhiti Whānau Support Trust", "Ngā Uri o Tūranga Whānau Ora"]

H_SIGS = [
    dict(agency="Oranga Tamariki", name="Ngaire Brown", role="Regional Manager, Tairāwhiti",
         date="12 January 2026"),
    dict(agency="New Zealand Police", name="Inspector Dean Kahu", role="Area Commander, Tairāwhiti",
         date="14 January 2026"),
    dict(agency="Ministry of Education", name="Jo Harrison",
         role="Director of Education, Hawke's Bay and Tairāwhiti", date="15 January 2026"),
    dict(agency="Health New Zealand – Te Whatu Ora", name="Dr Hana Pere",
         role="Group Manager, Child and Youth Health, Tairāwhiti", date="19 January 2026"),
    dict(agency="Ministry of Social Development", name="Andrew Tūhoe",
         role="Regional Commissioner, East Coast", date="20 January 2026"),
    dict(agency="Tairāwhiti Whānau Support Trust", name="Belinda Fox", role="General Manager",
         date="22 January 2026"),
    dict(agency="Ngā Uri o Tūranga Whānau Ora", name="Te Kani Pōhatu",
         role="Kaiwhakahaere Matua", date="23 January 2026"),
]


def base_H(v):
    sigs = [s for s in H_SIGS if s["agency"] not in v.get("unsigned", ())]
    if v.get("claims"):
        la_intro = [
            ("p", "Once signed, this protocol gives each attending agency the authority to share "
                  "personal information with the other attending agencies at the Hub for the purposes "
                  "set out in this protocol. Representatives should still share only what is relevant."),
        ]
    else:
        la_intro = [
            ("p", "This protocol does not itself give anyone the authority to share personal information; "
                  "it cannot create or change the law. It records the authority the attending agencies "
                  "rely on, and representatives must check that its criteria are met before sharing."),
        ]
    secs = [
        ("attending-agencies", "Attending agencies", [
            ("p", "The Tairāwhiti Tamariki Wellbeing Hub (the Hub) is attended by the following agencies, "
                  "which are the parties to this protocol:"),
            ("ol", ["Oranga Tamariki (lead agency)"] + H_AGENCIES[1:], "a)"),
            ("p", "Oranga Tamariki is the lead attending agency. It hosts and chairs the Hub and is "
                  "responsible for developing and implementing this protocol."),
        ]),
        ("meeting-purpose", "Meeting purpose", [
            ("p", "The Hub meets every weekday morning to consider reports of concern about tamariki in "
                  "Tairāwhiti received by Oranga Tamariki and Police in the previous 24 hours. Its purpose "
                  "is to make sure each report is answered by the agency or community provider best "
                  "placed to help, so that whānau who need early support get it from people they trust, "
                  "and tamariki who need a statutory response get one quickly."),
        ]),
        ("sharing-purpose", "Purpose of sharing", [
            ("p", "Information is shared at the Hub:"),
            ("ol", [
                "to assess each report of concern and decide which agency or provider is best placed to "
                "respond;",
                "to plan early support for tamariki and their whānau, where a statutory response is not "
                "needed; and",
                "to check that the agreed response has happened and whether the concern has been "
                "resolved.",
            ], "1."),
        ]),
        ("information-shared", "Information to be shared", [
            ("p", "For each report discussed, agencies may share only what is relevant to a purpose of "
                  "sharing: the report of concern itself; whether the tamariki and whānau are known to "
                  "each agency, and the nature of any current involvement; relevant Police family harm "
                  "history; school enrolment and attendance; health checks, immunisation and any relevant "
                  "health concerns; and benefit or hardship support that may help the whānau."),
        ]),
        ("legal-authority", "Legal authority to share", la_intro + [
            ("p", "Purposes 1, 2 and 3: Oranga Tamariki Act 1989, section 66C. Every attending agency is "
                  "a child welfare and protection agency for the purposes of that section, and information "
                  "is shared only for the purposes the section allows, including to prevent or reduce the "
                  "risk of harm and to arrange support for tamariki and their whānau."),
        ]),
        ("use-of-information", "Use of information", use_v3("the Hub", "the responding agency")),
        ("transparency", "Transparency and notification obligations", transparency_v1("the Hub", True)),
        ("method-of-sharing", "Method of sharing", [
            ("p", "At 8am each weekday the Hub coordinator sends representatives the list of reports to be "
                  "discussed as a password protected attachment. Each representative checks their own "
                  "agency's records, then shares what is relevant verbally at the 9.30am meeting, held at "
                  "the Oranga Tamariki Gisborne site. The coordinator records the agreed responder and "
                  "actions in the Oranga Tamariki case management system."),
        ]),
        ("security-classification", "Security classification", [
            ("p", "All information shared at or for the Hub: IN-CONFIDENCE."),
        ]),
        ("security-controls", "Security controls", controls_v1()),
        ("tikanga", "Tikanga considerations", [
            ("p", "Most tamariki discussed at the Hub are Māori. Ngā Uri o Tūranga Whānau Ora advises the "
                  "Hub on tikanga and is consulted on how whānau are approached. Information about "
                  "whakapapa is treated as taonga and is shared only where it helps connect tamariki with "
                  "their whānau, hapū and iwi. The agencies have agreed to work with Ngā Uri o Tūranga on "
                  "how Māori data from the Hub is stored and reported."),
        ]),
        ("retention-disposal", "Retention and disposal of information shared",
         retention_v1("Oranga Tamariki", "ten years")),
        ("breach-management", "Privacy and security breach management", [
            ("p", "Breach contact: Regional Privacy Lead, Oranga Tamariki, privacy@ot.govt.nz, "
                  "0508 326 459."),
        ] + breach_obligations()),
        ("conflicts-of-interest", "Managing conflicts of interest", conflicts_v1("the Hub chair")),
        ("relationship-management", "Relationship management and oversight", relationship_v2("Oranga Tamariki")),
        ("review", "Review", [
            ("p", "The protocol is reviewed every 12 months. Oranga Tamariki is responsible for "
                  "initiating the review, and the first review is due in January 2027."),
        ]),
        ("approval", "Approval", [
            ("p", "Approved by the attending agencies:"),
            ("sig", sigs, v.get("sigstyle", "tabs"), {"colw": [30, 20, 32, 10, 16]}),
        ]),
    ]
    title = [
        ("raw", [dict(text="IN-CONFIDENCE", align="c", bold=True), "",
                 dict(text="TAIRĀWHITI TAMARIKI WELLBEING HUB", bold=True, size=16, align="c", weight=2),
                 dict(text="Information Sharing Protocol", size=13, align="c", weight=2),
                 dict(text="January 2026", align="c"), ""]),
    ]
    return dict(title=title, sections=secs)


# ===========================================================================
# L. Legacy: Heretaunga Strengthening Families protocol (2016)
# ===========================================================================

L_SIGS = [
    dict(agency="Ministry of Social Development", name="Graham Tait",
         role="Regional Commissioner, East Coast", date="20 June 2016"),
    dict(agency="Child, Youth and Family", name="Marama Hapi",
         role="Site Manager, Hastings", date="22 June 2016"),
    dict(agency="New Zealand Police", name="Inspector Neil Brough",
         role="Area Commander, Hastings", date="27 June 2016"),
    dict(agency="Hawke's Bay District Health Board", name="Dr Clare Ormsby",
         role="General Manager, Child Health", date="4 July 2016"),
    dict(agency="Ministry of Education", name="Philippa Grant",
         role="Manager, Learning Support, Hawke's Bay", date="6 July 2016"),
    dict(agency="Housing New Zealand Corporation", name="Steve Kerr",
         role="Area Manager, Hawke's Bay", date="12 July 2016"),
    dict(agency="Te Poutama Whānau Trust", name="Aperahama Ruru",
         role="Chief Executive", date="19 July 2016"),
]


def base_L(v):
    secs = [
        ("attending-agencies", "Member agencies", [
            ("p", "The Heretaunga Strengthening Families Local Management Group (LMG) is made up of the "
                  "following member agencies, each of which is a party to this protocol:"),
            ("ol", ["Ministry of Social Development (lead agency)", "Child, Youth and Family",
                    "New Zealand Police", "Hawke's Bay District Health Board", "Ministry of Education",
                    "Housing New Zealand Corporation", "Te Poutama Whānau Trust"], "1."),
            ("p", "The Ministry of Social Development is the lead agency and employs the Strengthening "
                  "Families Coordinator, who convenes the LMG and its case meetings."),
        ]),
        ("meeting-purpose", "Purpose of the meeting", [
            ("p", "Strengthening Families case meetings bring together the agencies working with a family "
                  "that has asked for help, so that the family has one plan and one lead professional "
                  "instead of several separate interventions. Families take part voluntarily and attend "
                  "the meetings about them."),
        ]),
        ("sharing-purpose", "Purpose of information sharing", [
            ("p", "Member agencies share information:"),
            ("ol", [
                "to coordinate the services provided to a family that has agreed to Strengthening "
                "Families support;",
                "to identify and respond to any risk to the safety of children in the family; and",
                "to share health information that the family's plan depends on.",
            ], "(a)"),
        ]),
        ("information-shared", "Information to be shared", [
            ("p", "Information shared is limited to what is necessary for the family's plan: family "
                  "composition, the agencies currently involved, the services being provided, relevant "
                  "health and education needs, housing circumstances, and any care and protection "
                  "concern."),
        ]),
        ("legal-authority", "Legal basis for sharing", [
            ("p", "Sharing under this protocol is based on the following law. This protocol does not "
                  "override the law."),
            ("tabs", [
                ["Purpose", "Authority"],
                ["(a) Coordinate services", "Privacy Act 1993, section 6, principle 11(d) – the family's "
                 "written consent"],
                ["(b) Child safety", "Children, Young Persons, and Their Families Act 1989, sections 15 "
                 "and 66"],
                ["(c) Health information", "Health Information Privacy Code 1994, rule 11 – the family's "
                 "written consent"],
            ], [30, 66], {"wrapcells": True}),
        ]),
        ("use-of-information", "Use of information", [
            ("p", "Information received at a case meeting is used only to carry out the family's plan. It "
                  "is not used for any other purpose without the family's consent or other legal "
                  "authority, and member agencies record in their own files only the actions they are "
                  "responsible for."),
        ]),
        ("transparency", "Transparency – informing families", [
            ("p", "The Coordinator explains the process, and which agencies will be involved, to the "
                  "family before their first meeting. The family signs a consent form listing the member "
                  "agencies, and may withdraw consent at any time. Families attend their own meetings and "
                  "receive a copy of their plan."),
        ]),
        ("method-of-sharing", "Method of sharing", [
            ("p", "Information is shared verbally at case meetings. Where papers need to be sent before "
                  "a meeting, they are sent by secure email (SEEMail) or to a secure fax, marked "
                  "IN-CONFIDENCE."),
        ]),
        ("security-classification", "Security classification", [
            ("p", "Information shared under this protocol is classified IN-CONFIDENCE."),
        ]),
        ("security-controls", "Security measures", [
            ("ol", [
                "All staff attending case meetings have completed their agency's privacy and security "
                "training.",
                "Papers tabled at a meeting are collected by the Coordinator at the end of the meeting "
                "and shredded.",
                "Copies of papers are not to be given to other members or taken away from the meeting.",
            ], "•"),
        ]),
        ("retention-disposal", "Retention and disposal", [
            ("p", "Member agencies keep information from case meetings only where they need it to carry "
                  "out actions in the family's plan, and dispose of it under their own retention and "
                  "disposal schedules. The Coordinator keeps the plans and meeting notes on the MSD "
                  "file for the family."),
        ]),
        ("breach-management", "Privacy breaches", [
            ("p", "Any breach of privacy involving information shared under this protocol must be "
                  "reported immediately to the Strengthening Families Coordinator, Ministry of Social "
                  "Development, Hastings, phone 06 878 2500, who will inform the agencies concerned. "
                  "Each agency manages breaches of its own information under its own policy."),
        ]),
        ("conflicts-of-interest", "Conflicts of interest", [
            ("p", "Members declare any personal connection with a family being discussed and leave the "
                  "meeting for that item. The Coordinator records the declaration."),
        ]),
        ("relationship-management", "Governance and relationship management", [
            ("p", "The LMG, made up of a manager from each member agency, oversees this protocol and "
                  "meets quarterly. Issues with information sharing are raised with the Coordinator in "
                  "the first instance."),
        ]),
        ("review", "Review of protocol", [
            ("p", "This protocol will be reviewed by the LMG every two years. The Ministry of Social "
                  "Development will initiate the review."),
        ]),
        ("approval", "Signatories", [
            ("sig", L_SIGS, "stacked", {"lead": "Signed on behalf of", "role": "Position"}),
        ]),
    ]
    title = [
        ("raw", [dict(text="IN-CONFIDENCE", align="c"), "",
                 dict(text="HERETAUNGA STRENGTHENING FAMILIES", bold=True, size=16, align="c", weight=2),
                 dict(text="LOCAL MANAGEMENT GROUP", bold=True, size=14, align="c", weight=2),
                 dict(text="Protocol for sharing information at case meetings", align="c", size=12, weight=2),
                 dict(text="July 2016", align="c"), ""]),
    ]
    return dict(title=title, sections=secs)


# ===========================================================================
# Layouts and the corpus
# ===========================================================================

def art(style, short, cls):
    """Running header/footer lines left in the body by the converter."""
    if style == 1:
        return dict(footer_lines=[(cls, "c", True, False), ("Page {n} of {N}", "r", False, False)],
                    header_lines=[(short, "r", False, True)])
    if style == 2:
        return dict(footer_lines=[(short + "   |   Page {n} of {N}", "l", False, False)],
                    header_lines=[(cls, "c", True, False)])
    if style == 3:
        return dict(footer_lines=[(cls, "c", True, False), ("{n}", "c", False, False)],
                    header_lines=[(cls, "c", True, False), (short, "c", False, True)])
    if style == 4:
        return dict(footer_lines=[("Page {n} of {N}", "c", False, False), (cls, "c", True, False)],
                    header_lines=[(cls, "c", True, False)])
    if style == 5:  # no classification in the running text at all
        return dict(footer_lines=[(short, "l", False, True), ("Page {n} of {N}", "r", False, False)],
                    header_lines=[])
    raise ValueError(style)


def L_(mode, heading, font, size, width, artstyle, short, cls, **kw):
    d = art(artstyle, short, cls)
    d.update(kw)
    return Layout(mode=mode, heading=heading, font=font, size=size, width=width, **d)


A_SHORT = "Whangārei Whānau Safety Table – Information Sharing Protocol v2.0"
B_SHORT = "Ōtautahi Rangatahi Review Panel – Information Sharing Protocol"
C_SHORT = "Porirua Attendance and Engagement Hub – Information Sharing Protocol"
D_SHORT = "Tauranga Moana Elder Abuse Response Panel – ISP"
E_SHORT = "Kirikiriroa Reintegration Coordination Meeting – Information Sharing Protocol"
F_SHORT = "Rotorua Emergency Housing Placement Panel – ISP v1.0"
G_SHORT = "Hutt Valley MH Crisis Coordination Group – Information Sharing Protocol"
H_SHORT = "Tairāwhiti Tamariki Wellbeing Hub – Information Sharing Protocol"
L_SHORT = "Heretaunga Strengthening Families – Information Sharing Protocol"

DOCS = []


def doc(fname, base, v, lay, props, truth):
    DOCS.append((fname, base, v, lay, props, truth))


doc("clean-01-whangarei-fv-safety-table.docx", base_A, {},
    L_("lines", "num-caps-bold", "Arial", 10, 92, 1, A_SHORT, "IN-CONFIDENCE"),
    dict(author="Family Harm Coordinator", title="Whangārei Whānau Safety Table ISP",
         created=dt(2026, 3, 2), modified=dt(2026, 3, 2, 14, 5)),
    dict(kind="clean", expect=[], tolerate=[],
         note="Family violence safety table, Police lead, 4 purposes each with an authority in a "
              "tab-separated table; every printed line is its own paragraph with hyphenated splits, "
              "breach heading split over two lines, running header/footer in the body, signatures as "
              "tab-separated lines; review 12 months from 24 Feb 2026."))

doc("clean-02-otautahi-youth-panel.docx", base_B, {},
    L_("flow", "bold-large", "Calibri", 11, 100, 2, B_SHORT, "IN-CONFIDENCE", flow_max=300),
    dict(author="Youth Justice Coordinator", title="Ōtautahi Rangatahi Review Panel ISP",
         created=dt(2025, 8, 4), modified=dt(2025, 8, 4, 11, 40)),
    dict(kind="clean", expect=[], tolerate=[],
         note="Youth offending panel, Oranga Tamariki lead; paragraphs cut mid-sentence, Word tables "
              "for information and purpose/authority, 'Classification of information ...: IN-CONFIDENCE', "
              "relationship managers meet six-monthly (not the review period), review 24 months from "
              "23 Jul 2025, signature Word table."))

doc("clean-03-porirua-attendance-hub.docx", base_C, {},
    L_("lines", "part-caps", "Times New Roman", 11, 86, 3, C_SHORT, "IN-CONFIDENCE"),
    dict(author="Ministry of Education", title="Porirua Attendance and Engagement Hub ISP",
         created=dt(2026, 5, 25), modified=dt(2026, 5, 25, 9, 30)),
    dict(kind="clean", expect=[], tolerate=[],
         note="School attendance hub, MoE lead; headings 'PART n – ...' in plain caps; attending "
              "agencies, purpose/authority and security controls are tab-separated tables with cells "
              "wrapped over several lines; the breach contact is in a text box callout; stacked "
              "signature blocks; review 12 months from 18 May 2026."))

doc("clean-04-tauranga-elder-abuse.docx", base_D, {},
    Layout(mode="lines", heading="num-bold", font="Calibri", size=10, width=96, artefacts="pages",
           footer_lines=[("- {n} -", "c", False, False)], header_lines=[],
           real_header=[("SENSITIVE", WD_ALIGN_PARAGRAPH.CENTER),
                        ("Tauranga Moana Elder Abuse Response Panel – Information Sharing Protocol",
                         WD_ALIGN_PARAGRAPH.RIGHT)],
           real_footer=[("SENSITIVE", WD_ALIGN_PARAGRAPH.CENTER)]),
    dict(author="Older Persons' Health", title="Tauranga Moana Elder Abuse Response Panel ISP",
         created=dt(2025, 10, 27), modified=dt(2025, 10, 27, 16, 2)),
    dict(kind="clean", expect=[], tolerate=[],
         note="Elder abuse panel, Health NZ lead, 2 purposes; classified SENSITIVE in the body and in "
              "the real Word header/footer; controls numbered (i)-(vi); purpose/authority Word table "
              "with cells split into line paragraphs; review 'biennially' from 20 Oct 2025."))

doc("clean-05-kirikiriroa-reintegration.docx", base_E, {},
    L_("flow", "caps-bold", "Arial", 10, 96, 1, E_SHORT, "IN-CONFIDENCE", flow_max=280),
    dict(author="Reintegration Services", title="Kirikiriroa Reintegration Coordination Meeting ISP",
         created=dt(2026, 4, 28), modified=dt(2026, 4, 28, 10, 15)),
    dict(kind="clean", expect=[], tolerate=[],
         note="Reintegration meeting, Corrections lead, a single consent-based purpose with the "
              "authority in the legal authority section; 'does not authorise' callout in a text box; "
              "security controls as prose cut mid-sentence; two-column signature blocks flattened to "
              "tabs; review every eighteen (18) months from 22 Apr 2026."))

doc("defect-isp501-whangarei-no-breach-contact.docx", base_A, {"breach": "nocontact", "sigstyle": "stacked"},
    L_("flow", "bold-large", "Calibri", 11, 100, 4, A_SHORT, "IN-CONFIDENCE", flow_max=320),
    dict(author="Family Harm Coordinator", title="Whangārei Whānau Safety Table ISP",
         created=dt(2026, 3, 3), modified=dt(2026, 3, 3, 8, 55)),
    dict(kind="defect", expect=[{"rule": "ISP501"}], tolerate=[],
         note="The breach section only says each agency follows its own policy, reports internally and "
              "tells the chair, and gives the Privacy Commissioner's 0800 number; no designated contact "
              "with agency and email/phone."))

doc("defect-isp702-otautahi-blank-position.docx", base_B,
    {"blank_role": "Ministry of Education", "sigstyle": "stacked"},
    L_("lines", "num-caps-bold", "Arial", 10, 94, 1, B_SHORT, "IN-CONFIDENCE"),
    dict(author="Youth Justice Coordinator", title="Ōtautahi Rangatahi Review Panel ISP",
         created=dt(2025, 8, 5), modified=dt(2025, 8, 5, 10, 0)),
    dict(kind="defect",
         expect=[{"rule": "ISP702", "data": {"agency": "Ministry of Education", "missing": ["role"]}}],
         tolerate=[],
         note="Stacked signature blocks; the Ministry of Education block has a name (Mereana Tipoki) "
              "and date but 'Position:' is left blank."))

doc("defect-isp602-porirua-three-year-review.docx", base_C, {"review": "3y", "sigstyle": "word"},
    L_("flow", "num-bold", "Calibri", 11, 100, 2, C_SHORT, "IN-CONFIDENCE", flow_max=300),
    dict(author="Ministry of Education", title="Porirua Attendance and Engagement Hub ISP",
         created=dt(2026, 5, 26), modified=dt(2026, 5, 26, 13, 20)),
    dict(kind="defect", expect=[{"rule": "ISP602", "data": {"months": 36}}], tolerate=[],
         note="Review section: MoE initiates a review 'three years after the date of the last "
              "signature, and every three years after that' (36 months); signed May 2026 so not "
              "overdue."))

doc("defect-isp451-tauranga-no-virtual-control.docx", base_D, {"omit": ("virtual-meeting",)},
    L_("flow", "caps-bold", "Arial", 10, 96, 3, D_SHORT, "SENSITIVE", flow_max=300),
    dict(author="Older Persons' Health", title="Tauranga Moana Elder Abuse Response Panel ISP",
         created=dt(2025, 10, 28), modified=dt(2025, 10, 28, 9, 12)),
    dict(kind="defect", expect=[{"rule": "ISP451", "data": {"control": "virtual-meeting"}}], tolerate=[],
         note="Security controls list (i)-(v) has training, destruction, no hand-out, password and "
              "devices but nothing about chat/recording/screenshots, although the method section says "
              "the panel meets on Teams video conference."))

doc("defect-isp402-kirikiriroa-unclassified.docx", base_E,
    {"classification": "UNCLASSIFIED", "sigstyle": "stacked"},
    L_("lines", "part-caps", "Arial", 10, 92, 4, E_SHORT, "UNCLASSIFIED"),
    dict(author="Reintegration Services", title="Kirikiriroa Reintegration Coordination Meeting ISP",
         created=dt(2026, 4, 29), modified=dt(2026, 4, 29, 15, 45)),
    dict(kind="defect", expect=[{"rule": "ISP402", "data": {"classification": "UNCLASSIFIED"}}],
         tolerate=[],
         note="Security classification section states the information is UNCLASSIFIED (but to be "
              "treated as private); the cover and running header/footer lines say UNCLASSIFIED too."))

doc("defect-isp101-rotorua-no-tikanga.docx", base_F, {"no_tikanga": True},
    L_("lines", "num-caps-bold", "Arial", 10, 92, 1, F_SHORT, "IN-CONFIDENCE"),
    dict(author="MSD Bay of Plenty", title="Rotorua Emergency Housing Placement Panel ISP",
         created=dt(2026, 8, 17), modified=dt(2026, 8, 17, 12, 0)),
    dict(kind="defect", expect=[{"rule": "ISP101", "data": {"section": "tikanga"}}], tolerate=[],
         note="Housing panel; the numbered headings go straight from security controls (10) to "
              "retention and disposal (11): there is no tikanga considerations section anywhere."))

doc("defect-isp801-rotorua-keep-summaries.docx", base_F, {"justincase": True, "sigstyle": "word"},
    L_("flow", "bold-large", "Calibri", 11, 100, 2, F_SHORT, "IN-CONFIDENCE", flow_max=320),
    dict(author="MSD Bay of Plenty", title="Rotorua Emergency Housing Placement Panel ISP",
         created=dt(2026, 8, 18), modified=dt(2026, 8, 18, 9, 40)),
    dict(kind="defect", expect=[{"rule": "ISP801"}], tolerate=[],
         note="Retention section lets Kāinga Ora and MSD keep full case summaries, including for whānau "
              "not placed, 'in case they are needed for a later housing application'."))

doc("defect-isp703-tairawhiti-moe-unsigned.docx", base_H, {"unsigned": ("Ministry of Education",)},
    L_("lines", "caps-bold", "Arial", 10, 94, 3, H_SHORT, "IN-CONFIDENCE"),
    dict(author="Oranga Tamariki Tairāwhiti", title="Tairāwhiti Tamariki Wellbeing Hub ISP",
         created=dt(2026, 1, 26), modified=dt(2026, 1, 26, 14, 30)),
    dict(kind="defect", expect=[{"rule": "ISP703", "data": {"agency": "Ministry of Education"}}],
         tolerate=[],
         note="Ministry of Education is item c) of the attending agencies and appears in the "
              "information list, but the tab-separated signature lines cover only the other six "
              "agencies."))

doc("defect-isp305-tairawhiti-protocol-authorises.docx", base_H, {"claims": True, "sigstyle": "twocol"},
    L_("flow", "num-bold", "Calibri", 11, 100, 1, H_SHORT, "IN-CONFIDENCE", flow_max=300),
    dict(author="Oranga Tamariki Tairāwhiti", title="Tairāwhiti Tamariki Wellbeing Hub ISP",
         created=dt(2026, 1, 27), modified=dt(2026, 1, 27, 10, 10)),
    dict(kind="defect",
         expect=[{"rule": "ISP305", "data_contains": {"text": "gives each attending agency the authority"}}],
         tolerate=[],
         note="Legal authority section opens 'Once signed, this protocol gives each attending agency "
              "the authority to share personal information ...' before citing s 66C."))

doc("defect-isp301-hutt-housing-no-authority.docx", base_G, {"authority3": False},
    L_("lines", "num-caps-bold", "Arial", 10, 92, 2, G_SHORT, "IN-CONFIDENCE"),
    dict(author="MHAIDS Hutt Valley", title="Hutt Valley MH Crisis Coordination Group ISP",
         created=dt(2026, 6, 22), modified=dt(2026, 6, 22, 11, 11)),
    dict(kind="defect",
         expect=[{"rule": "ISP301", "data_contains": {"purpose": "stable housing"}}], tolerate=[],
         note="Three purposes of sharing, but the purpose/authority Word table has rows for purposes 1 "
              "and 2 only; purpose 3 (help the person keep or find stable housing) has no authority."))

doc("trap-01-hutt-tracked-and-controls.docx", base_G, {"trap": True},
    L_("lines", "num-caps-bold", "Arial", 10, 92, 5, G_SHORT, ""),
    dict(author="MHAIDS Hutt Valley", modified_by="Kate Lomax",
         title="Hutt Valley MH Crisis Coordination Group ISP",
         created=dt(2026, 6, 22), modified=dt(2026, 9, 14, 10, 31), revision=4),
    dict(kind="trap", expect=[{"rule": "ISP202"}], tolerate=[],
         note="Converted copy later edited with Track Changes on: the authority for purpose 3 exists "
              "only as a tracked insertion in the table, and the review period is a tracked change "
              "(deleted 'three (3) years', inserted 'two (2) years'); the classification is only a "
              "filled drop-down content control (IN-CONFIDENCE) and the breach contact only a filled "
              "text content control. Read as accepted, the only finding is the unresolved changes."))

doc("legacy-01-heretaunga-2016.docx", base_L, {},
    L_("lines", "section-caps", "Times New Roman", 11, 86, 4, L_SHORT, "IN-CONFIDENCE"),
    dict(author="Strengthening Families Coordinator", title="Heretaunga Strengthening Families ISP",
         created=dt(2024, 5, 7), modified=dt(2024, 5, 7, 15, 0)),
    dict(kind="legacy",
         expect=[
             {"rule": "ISP303", "data_contains": {"authority": "Privacy Act 1993"}},
             {"rule": "ISP303", "data_contains": {"authority": "Health Information Privacy Code 1994"}},
             {"rule": "ISP303", "data_contains": {"authority": "Children, Young Persons"}},
             {"rule": "ISP604", "data": {"due": "2018-07-19"}},
             {"rule": "ISP451", "data": {"control": "password-protection"}},
             {"rule": "ISP451", "data": {"control": "approved-devices"}},
             {"rule": "ISP451", "data": {"control": "virtual-meeting"}},
             {"rule": "ISP101", "data": {"section": "tikanga"}},
         ],
         tolerate=["ISP302"],
         note="2016 Strengthening Families protocol converted from PDF in 2024: cites the Privacy Act "
              "1993, HIPC 1994 and the CYPF Act 1989; reviewed every two years from the last signature "
              "(19 Jul 2016), so overdue; security list has only training, shredding and no hand-out "
              "(papers go by SEEMail or fax); no tikanga section."))


def main():
    import json
    truth = {"as_of": "2026-11-24",
             "style": "PDF-to-Word conversions: one paragraph per printed line or paragraphs cut "
                      "mid-sentence, plain bold/caps headings with no heading styles, typed list "
                      "markers, tables as Word tables or tab-separated lines, running headers/footers "
                      "and page numbers as body paragraphs, hyphenated line breaks, text-box callouts.",
             "files": {}}
    for f in os.listdir(OUT):
        if f.endswith(".docx"):
            os.remove(os.path.join(OUT, f))
    for fname, base, v, lay, props, t in DOCS:
        build(fname, base(v), lay, props)
        truth["files"][fname] = t
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print(f"built {len(DOCS)} documents in {OUT}")


if __name__ == "__main__":
    main()
