"""The law catalogue and citations: which laws a pack knows and how a citation is read.

The catalogue is pack data (``[authorities] current`` and ``repealed``): each
law in force with its aliases and the provisions that name it on their own,
each repealed or renamed law with the law that replaced it.
:class:`AuthorityCatalogue` finds citations in a piece of text ("Family
Violence Act 2018, ss 20–22", "section 66C of the OT Act", "IPP 11(1)(e)",
a law the catalogue does not know).  Reading the protocol's purposes and
which authority covers which is :mod:`linter.facts.authorities`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Block
from ..text import fold_in_place
from ..vocab import Field, List, Regex, SectionKey, Str, Table as PackTable, Tables, declare
from . import Facts

NEVER = r"(?!x)x"  # a pattern that matches nothing: the pack has no such wording
_LAW = PackTable("law", "A law in force.", {
    "name": Field(Str, "Its name as it is cited ('Privacy Act 2020')."),
    "aliases": Field(List(Str), "Other ways it is written ('PA 2020'; four capital letters or fewer match only "
                                "in capitals).", []),
    "implied_by": Field(List(Regex), "Citations that name it without its name ('IPP 11(1)(e)').", []),
})
_REPEALED = PackTable("repealed law", "A law repealed or renamed.", {
    "name": Field(Str, "Its name as it was cited ('Privacy Act 1993')."),
    "aliases": Field(List(Str), "Other ways it was written.", []),
    "replacement": Field(Str, "The law that replaced it."),
})
AUTHORITIES = declare(PackTable("authorities", "The law the protocol relies on, and how purposes and "
                                "authorities are written.", {
    "purpose_section": Field(SectionKey, "The section that states the purposes of sharing."),
    "authority_section": Field(SectionKey, "The section that states the legal authority for each purpose."),
    "current": Field(Tables(_LAW), "The laws in force that agencies rely on to share.", []),
    "repealed": Field(Tables(_REPEALED), "Repealed and renamed laws, each with its replacement.", []),
    "provisions": Field(List(Regex), "How a provision is cited ('s 20', 'section 66C(1)(b)', 'IPP 11').", []),
    "law_words": Field(List(Str), "Words that end a law's name before its year ('Act', 'Code').", ["Act"]),
    "name_connectors": Field(List(Str), "Small words inside a law's name ('of', 'and').", []),
    "name_openers": Field(List(Str), "Capitalised words before a law's name that are not part of it "
                                     "('Under', 'The').", []),
    "repeal_context": Field(List(Regex), "Words that make a repealed law's mention history, not reliance "
                                         "('replaced', 'formerly').", []),
    "not_law": Field(List(Regex), "Mentions that look like law but are not ('this protocol').", []),
    "no_authority": Field(List(Regex), "An authority cell that states none ('N/A', 'to be confirmed').", []),
    "purpose_headers": Field(List(Regex), "Column headers of the purpose column of a table.", []),
    "authority_headers": Field(List(Regex), "Column headers of the authority column of a table.", []),
    "label_headers": Field(List(Regex), "Column headers of a column of labels ('Ref', 'No.').", []),
    "label_prefix": Field(Regex, "A label before a purpose or authority ('Purpose 2:', '(b)').", NEVER),
    "purpose_references": Field(Regex, "A reference to purposes by label ('purposes 1 and 3'); group "
                                       "'labels'.", NEVER),
    "authority_references": Field(Regex, "A reference to authorities by label ('authority A'); group "
                                         "'labels'.", NEVER),
    "purpose_reference_cell": Field(Regex, "A table cell that is only purpose labels ('1, 3').", NEVER),
    "all_purposes": Field(List(Regex), "An authority said to cover every purpose ('for all purposes').", []),
    "purpose_start": Field(Regex, "How a purpose written as a clause starts ('to ...', 'so that ...').", NEVER),
    "not_purposes": Field(List(Regex), "Lines in the purposes section that are not purposes ('See ...').", []),
    "pointers": Field(List(Regex), "A lead-in that points to the purposes below ('as follows').", []),
    "authority_pointers": Field(List(Regex), "An authority that points elsewhere ('See section 5', 'As for "
                                             "purpose 1').", []),
    "authority_lead": Field(Regex, "A label before an authority in running text ('Legal basis:').", NEVER),
    "stopwords": Field(List(Str), "Words ignored when comparing purposes.", []),
}))

@dataclass(frozen=True)
class Citation:
    """A law cited in the text."""

    act: str | None  # the catalogue's name, or the name as written for a law the pack does not list
    provision: str | None  # "s 66C", "IPP 11(1)(e)", "ss 20–22"
    text: str  # as written
    block: Block | None
    known: bool  # in the catalogue (current or repealed)
    repealed_by: str | None = None  # the law that replaced a repealed one


@dataclass(frozen=True)
class Law:
    name: str
    replacement: str | None = None


def _name_regex(alias: str, year: str | None = None) -> re.Pattern:
    """An alias as a whole-word pattern that tolerates the usual spelling variants; an alias without
    a year may be followed by the law's own ``year`` ("FVA 2018"), never by another ("Privacy Act 1993")."""
    a = fold_in_place(alias)
    s = re.escape(a)
    s = s.replace(r"\ ", r"\s+").replace(",", ",?").replace("'", "'?")
    s = re.sub(r"\\?[-–—]", r"\\s*[-–—]?\\s*", s)
    s = s.replace(r"\(", r"\(\s*").replace(r"\)", r"\s*\)").replace(r"\&", r"\s*&\s*")
    s = re.sub(r"\\s\+((?:1[89]|20)\d\d)$", r",?\\s+\1", s)  # "Privacy Act, 1993"
    if not re.search(r"\b(?:1[89]|20)\d\d\b", a):
        if year:
            s += rf"(?:\s*,?\s*{year})?"
        s += r"(?!\s*,?\s*(?:1[89]|20)\d\d\b)"  # "Privacy Act" is not "Privacy Act 1993"
    letters = [ch for ch in a if ch.isalpha()]
    case_sensitive = letters and all(ch.isupper() for ch in letters) and len(letters) <= 5
    return re.compile(rf"(?<![\w&]){s}(?![\w&])", 0 if case_sensitive else re.I)


class AuthorityCatalogue:
    def __init__(self, pack):
        cfg = AUTHORITIES.read(pack)
        self.cfg = cfg
        self._cache: dict[str, tuple[Citation, ...]] = {}
        names: list[tuple[int, re.Pattern, Law]] = []
        self.implied: list[tuple[re.Pattern, Law]] = []
        for entry in cfg["current"]:
            law = Law(entry["name"])
            year = (re.findall(r"\b(?:1[89]|20)\d\d\b", entry["name"]) or [None])[-1]
            for alias in (entry["name"], *entry.get("aliases", [])):
                names.append((len(alias), _name_regex(alias, year), law))
            for p in entry.get("implied_by", []):
                self.implied.append((re.compile(p, re.I), law))
        for entry in cfg["repealed"]:
            law = Law(entry["name"], entry["replacement"])
            year = (re.findall(r"\b(?:1[89]|20)\d\d\b", entry["name"]) or [None])[-1]
            for alias in (entry["name"], *entry.get("aliases", [])):
                names.append((len(alias), _name_regex(alias, year), law))
        names.sort(key=lambda n: -n[0])
        self.names = [(rx, law) for _, rx, law in names]
        prov = "|".join(f"(?:{p})" for p in cfg["provisions"])
        self.provision_re = re.compile(prov, re.I) if prov else None
        self.chain_re = (re.compile(rf"[ \t]*,?[ \t]*(?:\(\s*)?(?:{prov})(?:\s*(?:,|\band\b|\bor\b|&)?\s*(?:{prov}))*", re.I)
                         if prov else None)
        self.before_re = re.compile(rf"(?:{prov})\s+(?:(?:of|under|in)\s+)?(?:the\s+)?$", re.I) if prov else None
        words = "|".join(re.escape(w) for w in cfg["law_words"])
        self.law_word_re = re.compile(rf"\b(?:{words})\s+(?:1[89]|20)\d\d\b")
        self.connectors = {w.lower() for w in cfg["name_connectors"]}
        self.openers = set(cfg["name_openers"])
        self.repeal_context = [re.compile(p, re.I) for p in cfg["repeal_context"]]
        self.not_law = [re.compile(p, re.I) for p in cfg["not_law"]]
        self.no_authority = [re.compile(p, re.I) for p in cfg["no_authority"]]

    def is_repeal_context(self, sentence: str) -> bool:
        return any(rx.search(sentence) for rx in self.repeal_context)

    def is_not_law(self, text: str) -> bool:
        return any(rx.search(text) for rx in self.not_law)

    def says_none(self, text: str) -> bool:
        return any(rx.search(text) for rx in self.no_authority)

    def citations_in(self, text: str, block: Block | None = None) -> tuple[Citation, ...]:
        """The laws cited in ``text``, in order, each with its provision when one is given."""
        found = self._cache.get(text)
        if found is None:
            found = self._cache[text] = self._citations(text)
        return found if block is None else tuple(replace(c, block=block) for c in found)

    def _citations(self, text: str, block: Block | None = None) -> tuple[Citation, ...]:
        folded = fold_in_place(text)
        spans: list[tuple[int, int, Law | None]] = []  # name spans; None = a law the pack does not list

        def free(s: int, e: int) -> bool:
            return not any(s < e2 and s2 < e for s2, e2, *_ in spans)

        for rx, law in self.names:
            for m in rx.finditer(folded):
                if free(m.start(), m.end()):
                    spans.append((m.start(), m.end(), law))
        for start, end in self._unknown_names(folded):
            if free(start, end):
                spans.append((start, end, None))
        spans.sort()
        out: list[tuple[int, Citation]] = []
        covered: list[tuple[int, int]] = []
        for start, end, law in spans:
            provisions = []
            cite_start, cite_end = start, end
            if self.before_re is not None:
                m = self.before_re.search(folded[max(0, start - 120):start])
                if m:
                    cite_start = start - (len(folded[max(0, start - 120):start]) - m.start())
                    provisions.append(self.provision_re.match(folded, cite_start).group(0))
            if self.chain_re is not None:
                m = self.chain_re.match(folded, end)
                if m:
                    cite_end = m.end()
                    provisions.extend(p.group(0) for p in self.provision_re.finditer(folded, end, cite_end))
            covered.append((cite_start, cite_end))
            name = text[start:end].strip()
            out.append((cite_start, Citation(
                act=law.name if law else name,
                provision=", ".join(" ".join(p.split()) for p in provisions) or None,
                text=text[cite_start:cite_end].strip(),
                block=block,
                known=law is not None,
                repealed_by=law.replacement if law else None,
            )))

        def uncovered(s: int, e: int) -> bool:
            return not any(s < e2 and s2 < e for s2, e2 in covered)

        for rx, law in self.implied:
            for m in rx.finditer(folded):
                if uncovered(m.start(), m.end()):
                    covered.append((m.start(), m.end()))
                    out.append((m.start(), Citation(law.name, " ".join(m.group(0).split()), text[m.start():m.end()].strip(),
                                                    block, True, None)))
        # A provision on its own ("; s 66") belongs to the law cited just before it.
        if self.provision_re is not None and out:
            for m in self.provision_re.finditer(folded):
                if not uncovered(m.start(), m.end()):
                    continue
                before = [c for pos, c in out if pos < m.start()]
                if before:
                    prev = before[-1]
                    covered.append((m.start(), m.end()))
                    out.append((m.start(), Citation(prev.act, " ".join(m.group(0).split()),
                                                    text[m.start():m.end()].strip(), block, prev.known,
                                                    prev.repealed_by)))
        out.sort(key=lambda pc: pc[0])
        return tuple(c for _, c in out)

    def _unknown_names(self, folded: str) -> list[tuple[int, int]]:
        """Spans of "Capitalised Words Act 2019" that may name a law."""
        found = []
        for m in self.law_word_re.finditer(folded):
            tokens = list(re.finditer(r"[\w'()&–—-]+|,", folded[:m.start()]))
            start = m.start()
            kept: list[re.Match] = []
            for tok in reversed(tokens):
                gap = folded[tok.end():(kept[-1].start() if kept else m.start())]
                if gap.strip():
                    break
                word = tok.group(0)
                if word == "," or word in self.connectors or word[:1].isupper() or (
                        word[:1] == "(" and word[1:2].isupper()):
                    kept.append(tok)
                    continue
                break
            kept.reverse()
            while kept and (kept[0].group(0) == "," or kept[0].group(0) in self.connectors
                            or kept[0].group(0) in self.openers):
                kept.pop(0)
            if any(t.group(0)[:1].isupper() for t in kept):
                start = kept[0].start()
                found.append((start, m.end()))
        return found


def catalogue(facts: Facts) -> AuthorityCatalogue:
    """The pack's catalogue of laws, compiled once per pack."""
    return facts.pack.compiled("authority_catalogue", AuthorityCatalogue)


# ------------------------------------------------------------- the protocol
