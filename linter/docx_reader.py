"""Turn a vetted Word package into the read-only :class:`~linter.model.Document`.

This is the one module in isplint that reads WordprocessingML.  python-docx
opens the package, resolves the parts, the styles and the core properties;
the body is walked here, element by element, because python-docx's
``Paragraph.text`` drops inline content controls, shows deleted text of
tracked changes, and does not see text boxes.

Reading order follows the XML: paragraphs and tables as they appear in the
body, block-level content controls unwrapped in place, each text box placed
right after the paragraph that anchors it.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass, field, replace


from .errors import InputProblem
from .loader import Package
from .model import Block, Cell, Comment, Control, Document, Properties, Table
from .reflow import page_furniture, unwrap
from .typed_tables import TYPED_BULLET, TYPED_ENUMERATOR, typed_tables
from .safexml import parse as parse_xml

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

# Word's own placeholder texts for content controls.  A control showing one
# of these is unfilled even when the file lost its w:showingPlcHdr flag.
WORD_PLACEHOLDERS = frozenset(
    {
        "Choose an item.",
        "Click or tap here to enter text.",
        "Click here to enter text.",
        "Click or tap to enter a date.",
        "Click here to enter a date.",
        "Enter any content that you want to repeat, including other content controls. "
        "You can also insert this control around table rows in order to repeat parts of a table.",
    }
)

# Elements that wrap runs and whose content is part of the accepted view.
_RUN_CONTAINERS = {
    W + "hyperlink", W + "smartTag", W + "customXml", W + "ins", W + "moveTo",
    W + "fldSimple", W + "dir", W + "bdo",
}
# Elements whose content is gone in the accepted view.
_REMOVED = {W + "del", W + "moveFrom"}
_REVISION_TAGS = (
    "ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "sectPrChange",
    "tblPrChange", "trPrChange", "tcPrChange", "numberingChange", "cellIns", "cellDel",
)
_CONTROL_KINDS = (
    ("dropDownList", "dropdown"), ("comboBox", "combobox"), ("date", "date"),
    ("text", "text"), ("picture", "picture"), ("group", "group"),
    ("richText", "richtext"), ("docPartObj", "other"), ("docPartList", "other"),
    ("citation", "other"), ("bibliography", "other"), ("equation", "other"),
)


def _on(el) -> bool:
    """True for a toggle property (w:b, w:caps) that is switched on."""
    if el is None:
        return False
    return el.get(W + "val", "true").lower() not in ("false", "0", "off", "none")


@dataclass
class _Style:
    name: str
    based_on: str | None
    outline_level: int | None
    bold: bool | None
    caps: bool | None
    numbered: bool
    kind: str
    italic: bool | None = None


class _Styles:
    """Style look-ups by id, following ``w:basedOn`` chains."""

    def __init__(self, styles_el, numbering_el=None):
        self._by_id: dict[str, _Style] = {}
        self.default_paragraph: str | None = None
        # The list level a numbering definition gives a style ("List Bullet 2" is
        # level 1 because a w:lvl of its abstract numbering names it in w:pStyle).
        self.list_levels: dict[str, int] = {}
        if numbering_el is not None:
            for lvl in numbering_el.iter(W + "lvl"):
                ps = lvl.find(W + "pStyle")
                level = _int(lvl.get(W + "ilvl"))
                if ps is not None and level is not None:
                    self.list_levels.setdefault(ps.get(W + "val"), level)
        if styles_el is None:
            return
        for st in styles_el.iter(W + "style"):
            sid = st.get(W + "styleId")
            if not sid:
                continue
            name_el = st.find(W + "name")
            name = name_el.get(W + "val") if name_el is not None else sid
            based = st.find(W + "basedOn")
            ppr, rpr = st.find(W + "pPr"), st.find(W + "rPr")
            lvl = ppr.find(W + "outlineLvl") if ppr is not None else None
            b = rpr.find(W + "b") if rpr is not None else None
            caps = rpr.find(W + "caps") if rpr is not None else None
            i = rpr.find(W + "i") if rpr is not None else None
            self._by_id[sid] = _Style(
                italic=_on(i) if i is not None else None,
                name=_display_name(name),
                based_on=based.get(W + "val") if based is not None else None,
                outline_level=_int(lvl.get(W + "val")) if lvl is not None else None,
                bold=_on(b) if b is not None else None,
                caps=_on(caps) if caps is not None else None,
                numbered=ppr is not None and ppr.find(W + "numPr") is not None,
                kind=st.get(W + "type", "paragraph"),
            )
            if st.get(W + "type") == "paragraph" and _on_attr(st.get(W + "default")):
                self.default_paragraph = sid

    def _chain(self, sid: str | None):
        seen = set()
        while sid and sid in self._by_id and sid not in seen:
            seen.add(sid)
            yield self._by_id[sid]
            sid = self._by_id[sid].based_on

    def name(self, sid: str | None) -> str | None:
        st = self._by_id.get(sid or "")
        return st.name if st else sid

    def first(self, sid: str | None, attr: str):
        for st in self._chain(sid):
            value = getattr(st, attr)
            if value is not None:
                return value
        return None

    def outline_level(self, sid: str | None) -> int | None:
        lvl = self.first(sid, "outline_level")
        if lvl is None:
            # Built-in heading styles keep their English name and id ("heading 1",
            # "Heading1") whatever language Word shows; the id alone still says
            # it when the styles part is missing.
            m = _HEADING_RE.match(self.name(sid) or "")
            if m:
                lvl = int(m.group(1)) - 1
        return lvl if lvl is not None and 0 <= lvl <= 8 else None

    def list_level(self, sid: str | None) -> int:
        """The nesting level of a paragraph numbered by its style.

        Word's built-in "List Bullet 2", "List Number 3" ... are each a
        single-level list indented one step further, so their name gives the
        level; otherwise the numbering definition that names the style does.
        """
        m = _BUILTIN_LIST_RE.match(self.name(sid) or "")
        if m:
            return int(m.group(1)) - 1
        return self.list_levels.get(sid or "", 0)

    def numbered(self, sid: str | None) -> bool:
        return any(st.numbered for st in self._chain(sid))


_HEADING_RE = re.compile(r"^heading ?([1-9])$", re.I)
# A paragraph number typed before the paragraph's emphasised topic words ("12.", "(b)", "3.2").
TYPED_NUMBER = re.compile(r"^\s*(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]|\d{1,2}(?:\.\d{1,2})+\.?)\s*$", re.I)
_BUILTIN_LIST_RE = re.compile(r"^List(?: Bullet| Number| Continue)? ([2-9])$", re.I)


def _display_name(name: str) -> str:
    # Word stores built-in style names in lower case ("heading 1", "toc 2").
    if name.islower():
        return name[:1].upper() + name[1:] if not name.startswith("toc") else "TOC" + name[3:]
    return name


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _on_attr(value) -> bool:
    return value is not None and value.lower() in ("1", "true", "on")


@dataclass
class _Para:
    """Text and facts collected while walking one paragraph."""

    parts: list[str] = field(default_factory=list)
    controls: list[Control] = field(default_factory=list)
    boxes: list = field(default_factory=list)  # w:txbxContent elements
    bold_chars: int = 0
    caps_chars: int = 0
    visible_chars: int = 0
    lead: list[str] = field(default_factory=list)  # the bold text the paragraph starts with
    lead_state: str = "open"  # open (all bold so far) | closed (plain text followed it) | none
    revised: bool = False
    comment_ids: list[str] = field(default_factory=list)


_TYPED_MARKER = re.compile(r"^\s*\(?(?:(?P<dotted>\d{1,2}(?:\.\d{1,2})+)|(?P<number>\d{1,3})|"
                           r"(?P<roman>[ivx]{1,4})|(?P<letter>[a-z])|(?P<upper>[A-Z]{1,2}\d{0,2}))[.):]?", )


class _TypedLevels:
    """The levels of a list typed by hand: a lettered item after a numbered one ("8. ... purposes:" then
    "(a) to identify ...") is one level down, and the next "9." is back at the first level."""

    def __init__(self):
        self.kinds: list[str] = []
        self.last_letter = ""

    def level(self, text: str) -> int:
        m = _TYPED_MARKER.match(text)
        kind = m.lastgroup if m else "other"
        if kind == "roman" and len(m.group("roman")) == 1 and not (self.kinds and self.kinds[-1] == "letter"
                                                               and self.last_letter != chr(ord(m.group("roman")) - 1)):
            kind = "letter"  # "(i)" after "(h)" is a letter; after "(b)" it counts the items of "(b)"
        if kind == "letter":
            self.last_letter = m.group("roman") or m.group("letter")
        if kind in self.kinds:
            del self.kinds[self.kinds.index(kind) + 1:]
        else:
            self.kinds.append(kind)
        return self.kinds.index(kind)

    def end(self) -> None:
        self.kinds.clear()


class _PartReader:
    """Walks one story (body, header, footer, notes) into blocks."""

    def __init__(self, styles: _Styles, part: str):
        self.styles = styles
        self.part = part
        self._typed = _TypedLevels()
        self.blocks: list[Block] = []
        self.tables: list[Table] = []
        self.comment_anchors: dict[str, int] = {}
        self.elements: list = []  # the w:p element of each block, same order
        self.unsupported: list[str] = []  # what is in the story but not read, by name (model.UNSUPPORTED)
        self._table_no = 0
        self._field_stack: list[str] = []  # instruction of each open complex field
        self._field_instr: list[str] = []
        self._in_field_code = 0

    # -- block level -------------------------------------------------------
    def read_container(self, container, loc=None, pending: Control | None = None):
        for child in container:
            tag = child.tag
            if tag == W + "p":
                pending = self.read_paragraph(child, loc, pending)
            elif tag == W + "tbl":
                self.read_table(child, loc)
            elif tag == W + "sdt":
                control = self.control(child, block=True)
                content = child.find(W + "sdtContent")
                if content is not None:
                    left = self.read_container(content, loc, control)
                    if left is not None:  # no paragraph inside: keep it for the next one
                        pending = left
            elif tag in (W + "customXml", W + "ins", W + "moveTo"):
                pending = self.read_container(child, loc, pending)
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    pending = self.read_container(choice, loc, pending)
            elif tag == W + "altChunk":
                self.unsupported.append("alt-chunk")
        return pending

    def read_table(self, tbl, loc):
        depth = (loc["depth"] if loc else 0) + 1
        if depth == 1:
            self._table_no += 1
        number = self._table_no
        rows: list[tuple[Cell, ...]] = []
        for r, tr in enumerate(_rows(tbl), start=1):
            cells: list[Cell] = []
            for c, tc in enumerate(_cells(tr), start=1):
                if _is_vmerge_continuation(tc):
                    cells.append(Cell(text="", blocks=()))
                    continue
                start = len(self.blocks)
                self.read_container(tc, {"table": number, "row": r, "cell": c, "depth": depth})
                mine = self.blocks[start:]  # nested tables and text boxes in the cell included
                cells.append(
                    Cell(text="\n".join(b.text for b in mine), blocks=tuple(b.index for b in mine))
                )
            if cells:  # (a row with no cell, in a damaged or hand-made file, holds nothing)
                rows.append(tuple(cells))
        self.tables.append(Table(index=number, part=self.part, rows=tuple(rows), depth=depth))

    # -- paragraph ---------------------------------------------------------
    def read_paragraph(self, p, loc, pending: Control | None):
        ppr = p.find(W + "pPr")
        sid = None
        direct_lvl = None
        list_level = None
        mark_deleted = False
        if ppr is not None:
            ps = ppr.find(W + "pStyle")
            sid = ps.get(W + "val") if ps is not None else None
            ol = ppr.find(W + "outlineLvl")
            direct_lvl = _int(ol.get(W + "val")) if ol is not None else None
            num = ppr.find(W + "numPr")
            if num is not None:
                num_id = num.find(W + "numId")
                if num_id is None or num_id.get(W + "val") != "0":
                    ilvl = num.find(W + "ilvl")
                    list_level = _int(ilvl.get(W + "val")) if ilvl is not None else 0
            mark = ppr.find(W + "rPr")
            mark_deleted = mark is not None and mark.find(W + "del") is not None
        sid = sid or self.styles.default_paragraph
        if list_level is None and self.styles.numbered(sid):
            list_level = self.styles.list_level(sid)
        acc = _Para()
        toc_before = self._in_toc()
        self.walk_runs(p, acc, sid)
        text = "".join(acc.parts)
        if mark_deleted and not text.strip():
            return pending  # a paragraph deleted in full is gone in the accepted view
        if list_level is None:  # a list typed by hand: "•<tab>item", "(a)<tab>item"
            typed = TYPED_BULLET.match(text)
            if typed:
                list_level, text = 0, text[typed.end():]
            elif TYPED_ENUMERATOR.match(text):
                list_level = self._typed.level(text)
        if list_level is None and text.strip():
            self._typed.end()
        style_name = self.styles.name(sid)
        lvl = direct_lvl if direct_lvl is not None else self.styles.outline_level(sid)
        if lvl is not None and not 0 <= lvl <= 8:
            lvl = None
        controls = ([pending] if pending is not None else []) + acc.controls
        loc = loc or {}
        block = Block(
            index=len(self.blocks) + 1,
            part=self.part,
            text=text,
            style=style_name,
            outline_level=lvl,
            list_level=list_level,
            bold=acc.visible_chars > 0 and acc.bold_chars == acc.visible_chars,
            all_caps=acc.visible_chars > 0 and acc.caps_chars == acc.visible_chars,
            table=loc.get("table"),
            row=loc.get("row"),
            cell=loc.get("cell"),
            table_depth=loc.get("depth", 0),
            controls=tuple(controls),
            lead=("".join(acc.lead).strip() or None) if acc.lead_state == "closed" else None,
            in_toc=toc_before or self._in_toc() or (style_name or "").upper().startswith("TOC "),
            revised=acc.revised,
        )
        self.blocks.append(block)
        self.elements.append(p)
        for cid in acc.comment_ids:
            self.comment_anchors.setdefault(cid, block.index)
        for box in acc.boxes:
            self.read_textbox(box)
        return None

    def read_textbox(self, box):
        """A text box's paragraphs follow their anchor; its tables are tables of the document (an OCR
        frame holding the purposes table), numbered after the tables before it."""
        reader = _PartReader(self.styles, "textbox")
        reader.read_container(box)
        moved: dict[int, int] = {}
        first_table = self._table_no
        for b in reader.blocks:
            new = _renumber(b, len(self.blocks) + 1)
            if new.table is not None:
                new = replace(new, table=new.table + first_table)
            moved[b.index] = new.index
            self.blocks.append(new)
        self.elements.extend(reader.elements)
        for t in reader.tables:
            rows = tuple(tuple(replace(c, blocks=tuple(moved[i] for i in c.blocks if i in moved)) for c in row)
                         for row in t.rows)
            self.tables.append(replace(t, index=t.index + first_table, rows=rows))
        self._table_no += reader._table_no

    def _in_toc(self) -> bool:
        return any(instr.lstrip().upper().startswith("TOC") for instr in self._field_stack)

    def walk_runs(self, el, acc: _Para, sid, char_style=None):
        for child in el:
            tag = child.tag
            if tag == W + "r":
                self.read_run(child, acc, sid)
            elif tag in _REMOVED:
                acc.revised = True
            elif tag in _RUN_CONTAINERS:
                if tag in (W + "ins", W + "moveTo"):
                    acc.revised = True
                if tag == W + "fldSimple":
                    instr = child.get(W + "instr", "")
                    self._field_stack.append(instr)
                    self.walk_runs(child, acc, sid)
                    self._field_stack.pop()
                else:
                    self.walk_runs(child, acc, sid)
            elif tag == W + "sdt":
                control = self.control(child, block=False)
                acc.controls.append(control)
                content = child.find(W + "sdtContent")
                if content is not None:
                    self.walk_runs(content, acc, sid)
            elif tag == W + "commentRangeStart":
                acc.comment_ids.append(child.get(W + "id", ""))
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    self.walk_runs(choice, acc, sid)
            elif tag == W + "pPr":
                rpr = child.find(W + "rPr")
                if rpr is not None and (rpr.find(W + "ins") is not None or rpr.find(W + "del") is not None):
                    acc.revised = True

    def read_run(self, r, acc: _Para, sid):
        rpr = r.find(W + "rPr")
        bold = caps = italic = None
        if rpr is not None:
            if rpr.find(W + "rPrChange") is not None:
                acc.revised = True
            b = rpr.find(W + "b")
            bold = _on(b) if b is not None else None
            c = rpr.find(W + "caps")
            caps = _on(c) if c is not None else None
            i = rpr.find(W + "i")
            italic = _on(i) if i is not None else None
            rs = rpr.find(W + "rStyle")
            if rs is not None:
                rsid = rs.get(W + "val")
                bold = bold if bold is not None else self.styles.first(rsid, "bold")
                caps = caps if caps is not None else self.styles.first(rsid, "caps")
                italic = italic if italic is not None else self.styles.first(rsid, "italic")
        if bold is None:
            bold = bool(self.styles.first(sid, "bold"))
        if caps is None:
            caps = bool(self.styles.first(sid, "caps"))
        if italic is None:
            italic = bool(self.styles.first(sid, "italic"))
        for child in r:
            tag = child.tag
            text = ""
            if tag == W + "fldChar":
                kind = child.get(W + "fldCharType")
                if kind == "begin":
                    self._field_instr.append("")
                    self._in_field_code += 1
                elif kind == "separate":
                    if self._field_instr:
                        self._field_stack.append(self._field_instr.pop())
                        self._in_field_code = max(0, self._in_field_code - 1)
                elif kind == "end":
                    if self._field_instr:  # field without a result part
                        self._field_instr.pop()
                        self._in_field_code = max(0, self._in_field_code - 1)
                    elif self._field_stack:
                        self._field_stack.pop()
                continue
            if tag == W + "instrText":
                if self._field_instr:
                    self._field_instr[-1] += child.text or ""
                continue
            if self._in_field_code:
                continue
            if tag == W + "t":
                text = child.text or ""
            elif tag in (W + "tab", W + "ptab"):
                text = "\t"
            elif tag in (W + "br", W + "cr"):
                text = "\n"
            elif tag == W + "noBreakHyphen":
                text = "-"
            elif tag == W + "softHyphen":
                text = ""
            elif tag == W + "delText":
                acc.revised = True
            elif tag in (W + "drawing", W + "pict", MC + "AlternateContent", W + "object"):
                acc.boxes.extend(_textboxes(child))
            elif tag == W + "commentReference":
                acc.comment_ids.append(child.get(W + "id", ""))
            if text:
                acc.parts.append(text)
                visible = sum(1 for ch in text if not ch.isspace())
                acc.visible_chars += visible
                # a run with no letter or digit (an emoji or a bullet before a bold title) neither
                # makes nor breaks a bold line
                neutral = not any(ch.isalnum() for ch in text)
                if acc.lead_state == "open":
                    if bold or italic or neutral:
                        acc.lead.append(text)
                    elif not "".join(acc.lead).strip() and not "".join(acc.parts[:-1]).strip() \
                            and TYPED_NUMBER.match(text):
                        pass  # "12." typed before the emphasised words: the number is not the label
                    else:
                        acc.lead_state = "closed" if "".join(acc.lead).strip() else "none"
                if bold or neutral:
                    acc.bold_chars += visible
                if caps or text.upper() == text and any(ch.isalpha() for ch in text):
                    acc.caps_chars += visible
                elif not any(ch.isalpha() for ch in text):
                    acc.caps_chars += visible  # digits and punctuation do not break all-caps

    # -- content controls ------------------------------------------------
    def control(self, sdt, block: bool) -> Control:
        pr = sdt.find(W + "sdtPr")
        kind, tag, alias, choices, placeholder_flag, date_value = "richtext", None, None, (), False, None
        if pr is not None:
            for child in pr:
                local = child.tag.rsplit("}", 1)[-1]
                if child.tag == W14 + "checkbox":
                    kind = "checkbox"
                for xml_name, name in _CONTROL_KINDS:
                    if child.tag == W + xml_name:
                        kind = name
                        if local in ("dropDownList", "comboBox"):
                            listed = (li.get(W + "displayText") or li.get(W + "value") or ""
                                      for li in child.iter(W + "listItem"))
                            # Word lists its own "Choose an item." first: not a choice.
                            choices = tuple(c for c in listed if c.strip() and c.strip() not in WORD_PLACEHOLDERS)
                        elif local == "date":
                            full = child.get(W + "fullDate")  # ISO 8601, whatever the display format
                            date_value = full[:10] if full else None
            t = pr.find(W + "tag")
            tag = t.get(W + "val") if t is not None else None
            a = pr.find(W + "alias")
            alias = a.get(W + "val") if a is not None else None
            placeholder_flag = pr.find(W + "showingPlcHdr") is not None and _on(pr.find(W + "showingPlcHdr"))
        content = sdt.find(W + "sdtContent")
        text = _plain_text(content) if content is not None else ""
        unfilled = placeholder_flag or text.strip() in WORD_PLACEHOLDERS or _all_placeholder_style(content)
        return Control(
            kind=kind, text=text, showing_placeholder=unfilled, tag=tag, alias=alias, choices=choices,
            date=None if unfilled else date_value,
        )


def _renumber(b: Block, index: int) -> Block:
    return replace(b, index=index)


def _unwrapped(parent, tag: str):
    """Children with this tag, looking through content controls and custom XML
    that wrap table rows or cells."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in (W + "sdt", W + "customXml"):
            content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if content is not None:
                yield from _unwrapped(content, tag)


def _rows(tbl):
    return _unwrapped(tbl, W + "tr")


def _cells(tr):
    return _unwrapped(tr, W + "tc")


def _is_vmerge_continuation(tc) -> bool:
    pr = tc.find(W + "tcPr")
    if pr is None:
        return False
    vm = pr.find(W + "vMerge")
    return vm is not None and vm.get(W + "val", "continue") == "continue"


def _textboxes(el):
    """Text box contents inside a drawing, once (Word also writes a VML fallback)."""
    found = []
    stack = [el]
    while stack:
        node = stack.pop()
        for child in node:
            if child.tag == MC + "Fallback":
                continue
            if child.tag == W + "txbxContent":
                found.append(child)
                continue
            stack.append(child)
    return found


def _plain_text(el) -> str:
    """Accepted-view text of any fragment, paragraphs joined by newlines."""
    out: list[str] = []
    for node in el.iter():
        tag = node.tag
        if tag == W + "t":
            if not _inside_removed(node, el):
                out.append(node.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag == W + "p" and out:
            out.append("\n")
    return "".join(out).strip("\n")


def _inside_removed(node, top) -> bool:
    parent = node.getparent()
    while parent is not None and parent is not top:
        if parent.tag in _REMOVED:
            return True
        parent = parent.getparent()
    return False


def _all_placeholder_style(content) -> bool:
    if content is None:
        return False
    runs = [r for r in content.iter(W + "r") if r.find(W + "t") is not None]
    if not runs:
        return False
    for r in runs:
        rs = r.find(f"{W}rPr/{W}rStyle")
        if rs is None or rs.get(W + "val") not in ("PlaceholderText", "Placeholdertext"):
            return False
    return True


def _count_revisions(root) -> int:
    tags = {W + t for t in _REVISION_TAGS}
    return sum(1 for el in root.iter() if el.tag in tags)


def _story_parts(doc_part, reltype: str):
    """Target parts of the document's relationships of one type, in part-name order."""
    parts = [
        rel.target_part for rel in doc_part.rels.values()
        if not rel.is_external and rel.reltype == RT + reltype
    ]
    return sorted({id(p): p for p in parts}.values(), key=lambda p: str(p.partname))


def _element(part):
    el = getattr(part, "element", None)
    if el is not None:
        return el
    return parse_xml(part.blob)


def _read_notes(doc_part, styles: _Styles) -> list[Block]:
    blocks: list[Block] = []
    for reltype, kind in (("footnotes", "footnote"), ("endnotes", "endnote")):
        for part in _story_parts(doc_part, reltype):
            root = _element(part)
            reader = _PartReader(styles, kind)
            for note in root:
                if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                reader.read_container(note)
            blocks.extend(_renumber(b, len(blocks) + 1) for b in reader.blocks)
    return blocks


def _read_comments(doc_part, anchors: dict[str, int]) -> list[Comment]:
    comments: list[Comment] = []
    for part in _story_parts(doc_part, "comments"):
        root = _element(part)
        for c in root.iter(W + "comment"):
            comments.append(
                Comment(
                    author=c.get(W + "author"),
                    text=_plain_text(c).strip(),
                    anchor=anchors.get(c.get(W + "id", "")),
                )
            )
    return comments


def _read_stories(doc_part, styles: _Styles, reltype: str, kind: str) -> tuple[list[Block], int]:
    blocks: list[Block] = []
    revisions = 0
    for part in _story_parts(doc_part, reltype):
        root = _element(part)
        revisions += _count_revisions(root)
        reader = _PartReader(styles, kind)
        reader.read_container(root)
        blocks.extend(_renumber(b, len(blocks) + 1) for b in reader.blocks)
    return blocks, revisions


def _properties(document, package: Package) -> Properties:
    title = author = modified = None
    try:
        cp = document.core_properties
        title, author, modified = cp.title or None, cp.author or None, cp.modified
    except Exception:  # a damaged core.xml must not hide the body  # noqa: BLE001
        pass
    custom: dict[str, str] = {}
    data = package.parts.get("docProps/custom.xml")
    if data:
        try:
            root = parse_xml(data)
        except InputProblem:
            root = None
        if root is not None:
            for prop in root:
                name = prop.get("name")
                if name and len(prop):
                    custom[name] = (prop[0].text or "").strip()
    return Properties(title=title, author=author, modified=modified, custom=custom)


def open_docx(package: Package):
    """The python-docx Document of a vetted package (ISP001 if python-docx cannot open it)."""
    import docx  # python-docx: imported here so that `isplint --version` stays fast

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return docx.Document(io.BytesIO(package.docx_bytes()))
    except InputProblem:
        raise
    except Exception:  # python-docx raises many types for damaged packages
        raise InputProblem(
            "ISP001",
            "The Word document is damaged and its content cannot be read. "
            "Open it in Word and save it again, or get a fresh copy.",
        ) from None


def _styles_of(document) -> _Styles:
    try:
        styles_el = document.part.styles.element
    except Exception:  # a missing or broken styles part: fall back to defaults  # noqa: BLE001
        styles_el = None
    try:
        numbering_el = document.part.numbering_part.element
    except Exception:  # no numbering part: lists have no levels to look up  # noqa: BLE001
        numbering_el = None
    return _Styles(styles_el, numbering_el)


def _read_body(document, styles: _Styles) -> _PartReader:
    reader = _PartReader(styles, "document")
    body_el = document.element.find(W + "body")
    if body_el is not None:
        reader.read_container(body_el)
    return reader


def read_document(package: Package) -> Document:
    """Build the document model from a vetted package (see :mod:`linter.loader`)."""
    return read_for_writing(package)[0]


def read_for_writing(package: Package):
    """The document model, the python-docx Document it was read from, and the
    ``w:p`` element behind each body block (``Block.index`` - 1): what writing
    comments into a copy needs, from one reading."""
    document = open_docx(package)
    doc_part = document.part
    styles = _styles_of(document)
    reader = _read_body(document, styles)
    revisions = _count_revisions(document.element)
    headers, rev_h = _read_stories(doc_part, styles, "header", "header")
    footers, rev_f = _read_stories(doc_part, styles, "footer", "footer")
    body, furniture = page_furniture(tuple(reader.blocks))
    blocks = unwrap(body)
    model = Document(
        path=package.path,
        format=package.format,
        blocks=blocks,
        headers=tuple(headers),
        footers=(*footers, *furniture),
        notes=tuple(_read_notes(doc_part, styles)),
        tables=(*reader.tables, *typed_tables(blocks, len(reader.tables) + 1)),
        comments=tuple(_read_comments(doc_part, reader.comment_anchors)),
        revisions=revisions + rev_h + rev_f,
        properties=_properties(document, package),
        unsupported=tuple(dict.fromkeys(reader.unsupported)),
    )
    return model, document, reader.elements
