"""Agencies: recognising an agency's name however it is written.

The catalogue is pack data (``[[agencies.known]]`` with aliases); names not
in it are recognised by an organisation word ("Trust", "Council" ...).
:func:`same_agency` decides whether two names mean the same agency, using
the catalogue first and rapidfuzz for everything else, so "NZ Police" and
"New Zealand Police" match and "Ministry of Education" and "Ministry of
Health" do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from rapidfuzz import fuzz

from ..vocab import Field, Int, List, Str, Table, Tables, declare
from ..text import words_only
from . import Facts

AGENCIES = declare(Table("agencies", "The agencies the pack's country has, and how agency names are built.", {
    "known": Field(Tables(Table("agency", "One agency: its name and the other names it goes by.", {
        "name": Field(Str, "The agency's name."),
        "aliases": Field(List(Str), "Other names, acronyms, te reo and former names (an alias of four capital "
                                    "letters or fewer matches only in capitals).", []),
    })), "The catalogue of agencies.", []),
    "generic_words": Field(List(Str), "Words that make a name an organisation's ('Trust', 'Council').", []),
    "legal_forms": Field(List(Str), "Legal forms that may follow a name ('Incorporated', 'Ltd').", []),
    "score_cutoff": Field(Int, "How alike (0-100, rapidfuzz token sort ratio) two names the catalogue does not "
                               "know must be to be one agency.", 88),
}))


@dataclass(frozen=True)
class KnownAgency:
    name: str
    aliases: tuple[str, ...]


def words_only_cased(text: str) -> str:
    """The words, case kept, so that \"OT\" is not found in \"not\"."""
    return words_only(text, keep_case=True)


class AgencyCatalogue:
    def __init__(self, pack):
        cfg = AGENCIES.read(pack)
        self.known = tuple(KnownAgency(k["name"], tuple(k.get("aliases", []))) for k in cfg["known"])
        self.generic = tuple(cfg["generic_words"])
        self.legal_forms = tuple(cfg["legal_forms"])
        self.cutoff = float(cfg["score_cutoff"])

    @cached_property
    def _alias_res(self) -> list[tuple[re.Pattern, KnownAgency]]:
        """Every name and alias as a whole-word pattern, longest first."""
        pairs = []
        for k in self.known:
            for alias in (k.name, *k.aliases):
                # Short upper-case abbreviations (OT, MSD) must match case; names need not.
                flags = 0 if alias.isupper() and len(alias) <= 4 else re.I
                words = r"\s+".join(re.escape(words_only_cased(w)) for w in words_only_cased(alias).split())
                pairs.append((len(alias), re.compile(rf"(?<!\w){words}(?!\w)", flags), k))
        pairs.sort(key=lambda p: -p[0])
        return [(rx, k) for _, rx, k in pairs]

    @cached_property
    def _by_alias(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for k in self.known:
            for alias in (k.name, *k.aliases):
                out.setdefault(words_only(alias), k.name)
        return out

    def canonical(self, name: str) -> str | None:
        """The catalogue name for a name or alias written in full, or None."""
        return self._by_alias.get(words_only(name))

    def known_in(self, text: str) -> list[str]:
        """Catalogue agencies mentioned anywhere in the text (canonical names, in order found)."""
        folded = words_only_cased(text)
        found: list[tuple[int, str]] = []
        taken: list[tuple[int, int]] = []
        for rx, k in self._alias_res:
            for m in rx.finditer(folded):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append((m.start(), k.name))
        seen: list[str] = []
        for _, name in sorted(found):
            if name not in seen:
                seen.append(name)
        return seen

    def looks_like_agency(self, text: str) -> bool:
        """A catalogue agency, or a short name with an organisation word in it."""
        if self.known_in(text):
            return True
        words = set(words_only(text).split())
        return any(words_only(g) in words or (" " in g and words_only(g) in words_only(text)) for g in self.generic)

    def short_forms(self, name: str) -> tuple[str, ...]:
        """The name, and the name without its legal form when it ends in one
        ("Age Concern Otago Incorporated" is also written "Age Concern Otago")."""
        forms = [name]
        for form in self.legal_forms:
            m = re.search(rf"[\s,]+{re.escape(form)}\.?\s*$", name, re.I)
            if m and m.start() > 0:
                forms.append(name[:m.start()])
        return tuple(forms)

    def same_agency(self, a: str, b: str) -> bool:
        ca = self.canonical(a) or (self.known_in(a)[:1] or [None])[0]
        cb = self.canonical(b) or (self.known_in(b)[:1] or [None])[0]
        if ca and cb:
            return ca == cb
        na, nb = words_only(_strip_role(a)), words_only(_strip_role(b))
        if not na or not nb:
            return False
        return fuzz.token_sort_ratio(na, nb) >= self.cutoff or (
            min(len(na), len(nb)) >= 8 and (na in nb or nb in na)
        )


def _strip_role(name: str) -> str:
    return re.sub(r"\((?:the )?lead(?: attending)? agency\)|\blead(?: attending)? agency\b", "", name, flags=re.I)


def catalogue(facts: Facts) -> AgencyCatalogue:
    """The pack's agency catalogue, compiled once per pack."""
    return facts.pack.compiled("agency_catalogue", AgencyCatalogue)
