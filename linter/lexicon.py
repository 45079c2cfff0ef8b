"""Words as concepts: tokens, lemmas and a pack's concept groups.

A heading, a cue phrase or a paragraph is read as a sequence of *terms*:
each word is tokenised by spaCy's tokenizer, folded (lower case, macrons
and apostrophes removed: "Māori" is "maori"), reduced to its lemma with
lemminflect ("signatories" -> "signatory", "used" -> "use"), and mapped to
the concept the pack puts it in (``[lexicon.concepts]``: "signatory",
"approval", "execution" ... are all ``approve``).  A word no concept holds
is its own term.  Multi-word concept entries ("sign off", "look after") are
matched on the lemma sequence first, with spaCy's ``PhraseMatcher``.

The lexicon is compiled once per pack (:func:`lexicon`), and lemmas are
cached per word, so reading a document costs a dictionary lookup a word.
spaCy and lemminflect are imported on first use only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from . import nlp
from .text import fold
from .pack import Pack
from .vocab import Field, Int, List, Map, Str, Table, declare

LEXICON = declare(Table(
    "lexicon",
    "Words as concepts: the words that carry no meaning in a heading, and groups of words that mean the same.",
    {
        "stopwords": Field(List(Str), "Words ignored when headings are compared (articles, pronouns, "
                                        "'protocol' ...).", []),
        "concepts": Field(Map(List(Str)), "Concept name = [words or phrases, any inflection]: every word of a group "
                                "counts as the concept ('signatory', 'execution' -> approve).", {}),
        "document_words": Field(List(Str), "Words that name the document itself after a determiner ('Checking this "
                                           "agreement') and mean what they say otherwise ('Agreement of "
                                           "parties' is the parties agreeing).", []),
        "determiners": Field(List(Str), "The determiners that make a document word the document ('this', "
                                        "'the', 'our').", []),
        "anaphora": Field(List(Str), "Words that open a sentence by pointing back at the one before ('Any that "
                                     "are brought ...', 'These are ...'): such a sentence is read with the "
                                     "subject of the sentence before it.", []),
        "conditions_back": Field(List(Str), "Openings that make the sentence before a condition of this one "
                                            "('Some join by video. When they do, the chat is not used.'): "
                                            "such a sentence is read with the whole sentence before it.", []),
        "pronouns": Field(List(Str), "Pronouns that stand for something named before ('it', 'they'): a "
                                     "sentence using one may go on about the sentence before it.", []),
        "subject_ends": Field(List(Str), "Words that end a sentence's subject ('are', 'is', 'must'): the subject "
                                         "is what comes before the first of them.", []),
        "finite_verbs": Field(List(Str), "Verbs that make a line a statement rather than a name or a citation "
                                         "('This protocol does not ...', 'Agencies must ...').", []),
        "negations": Field(List(Str), "Words and phrases that negate what follows them in a clause ('not', "
                                      "'never', 'no one').", []),
        "not_negations": Field(List(Str), "Phrases that start like a negation but are not one ('may only', "
                                          "'no later than').", []),
        "clause_breaks": Field(List(Str), "Punctuation and words where a clause ends (',', ';', 'unless', "
                                          "'but'): a negation does not reach past them.", [",", ";", ":"]),
        "negation_window": Field(Int, "How many words before a statement a negation reaches.", 6),
    },
))

_WORD_RE = re.compile(r"\w", re.UNICODE)


@lru_cache(maxsize=65536)
def lemmas_of(word: str) -> tuple[str, ...]:
    """The folded word and its lemmas as a noun, a verb and an adjective (lemminflect), most likely first."""
    from lemminflect import getAllLemmas

    w = fold(word)
    found = [w]
    if w.isalpha():
        lemmas = getAllLemmas(w)
        for pos in ("NOUN", "VERB", "ADJ", "PROPN"):
            for lemma in lemmas.get(pos, ()):
                lemma = fold(lemma)
                if lemma not in found:
                    found.append(lemma)
    return tuple(found)


@lru_cache(maxsize=65536)
def is_inflected_verb(word: str) -> bool:
    """A word that can only be a verb in the present tense ("relies", "authorises"; "records" is a noun
    too, and "sharing", "stated" often say what kind of thing: "sharing policy")."""
    from lemminflect import getAllLemmas

    w = fold(word.strip(".,;:()\"'"))
    if not w.isalpha() or not w.endswith("s"):
        return False
    lemmas = getAllLemmas(w)
    return set(lemmas) == {"VERB"} and w not in {fold(x) for x in lemmas["VERB"]}


NOUN_FROM_VERB = ("ment",)  # "agreement", "endorsement", "arrangement": the act of the verb


def verb_of(word: str) -> tuple[str, ...]:
    """The verb a noun is made from by a suffix ("agreement" -> "agree"), if it is a verb."""
    from lemminflect import getAllLemmas

    for suffix in NOUN_FROM_VERB:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and "VERB" in getAllLemmas(stem):
            return (stem,)
    return ()


@dataclass(frozen=True)
class Terms:
    """A text read as terms: the concept (or lemma) of each word, in order."""

    words: tuple[str, ...]  # the words as written
    terms: tuple[str, ...]  # one term per word ("" for punctuation)
    content: tuple[str, ...]  # the terms that carry meaning, stopwords and punctuation left out

    @property
    def bag(self) -> frozenset[str]:
        return frozenset(self.content)


class Lexicon:
    def __init__(self, stopwords: Iterable[str], concepts: dict[str, list[str]],
                 document_words: Iterable[str] = (), determiners: Iterable[str] = ()):
        self.stopwords = frozenset(fold(w) for w in stopwords)
        self.document_words = frozenset(fold(w) for w in document_words)
        self.determiners = frozenset(fold(w) for w in determiners)
        self.word_concept: dict[str, str] = {}
        self.phrases: list[tuple[tuple[str, ...], str]] = []  # multi-word entries, as lemma sequences
        for concept, entries in concepts.items():
            for entry in entries:
                words = [w for w in re.split(r"[\s\-]+", entry.strip()) if w]
                if len(words) == 1:
                    self.word_concept.setdefault(fold(words[0]), concept)
                elif words:
                    self.phrases.append((tuple(GAP if w == GAP else self._lemma(w) for w in words), concept))
        self.phrases.sort(key=lambda p: -len(p[0]))
        self.concepts = frozenset(concepts)

    def _lemma(self, word: str) -> str:
        forms = lemmas_of(word)
        return forms[1] if len(forms) > 1 else forms[0]

    @lru_cache(maxsize=65536)
    def term(self, word: str) -> str:
        """The concept a word belongs to (by any of its lemmas, or the verb a noun is made from:
        "agreement" is "agree"), else its lemma."""
        forms = lemmas_of(word)
        if forms[0] in self.stopwords:
            return forms[0]
        for form in (*forms, *verb_of(forms[0])):
            if form in self.word_concept:
                return self.word_concept[form]
        return forms[1] if len(forms) > 1 else forms[0]

    def read(self, text: str) -> Terms:
        words = [t.text for t in nlp.tokens(text)]
        terms = [self.term(w) if _WORD_RE.search(w) else "" for w in words]
        for i in range(1, len(words)):  # "this agreement" is the document: no meaning in a heading
            if fold(words[i]) in self.document_words and fold(words[i - 1]) in self.determiners:
                terms[i] = ""
        lemmas = [self._lemma(w) if t else "" for w, t in zip(words, terms)]
        # multi-word concepts ("sign off", "keep * safe"), longest first, over the words (not punctuation)
        spots = [i for i, t in enumerate(terms) if t]
        seq = [lemmas[i] for i in spots]
        k = 0
        while k < len(seq):
            for phrase, concept in self.phrases:
                end = match_at(seq, k, phrase)
                if end is not None:
                    for j in range(k, end):
                        if seq[j] in phrase:
                            terms[spots[j]] = ""
                    terms[spots[k]] = concept
                    k = end - 1
                    break
            k += 1
        content = tuple(t for t in terms if t and t not in self.stopwords and not t.isdigit())
        return Terms(tuple(words), tuple(terms), content)

    def bag(self, text: str) -> frozenset[str]:
        return self.read(text).bag


GAP = "*"  # in a multi-word concept entry: up to MAX_GAP words of anything ("keep * safe")
MAX_GAP = 3


def match_at(lemmas: list[str], i: int, seq: tuple[str, ...]) -> int | None:
    """Where ``seq`` (lemmas, with ``*`` gaps) ends when it starts at position ``i``, else None."""
    j = i
    gap = False
    for item in seq:
        if item == GAP:
            gap = True
            continue
        limit = j + (MAX_GAP + 1 if gap else 1)
        while j < min(limit, len(lemmas)) and lemmas[j] != item:
            if not gap or not lemmas[j]:
                return None
            j += 1
        if j >= len(lemmas) or lemmas[j] != item:
            return None
        j += 1
        gap = False
    return j


def lexicon(pack: Pack) -> Lexicon:
    """The pack's lexicon, compiled once per pack."""
    return pack.compiled("lexicon", _build)


def _build(pack: Pack) -> Lexicon:
    cfg = LEXICON.read(pack)
    return Lexicon(cfg["stopwords"], cfg["concepts"], cfg["document_words"], cfg["determiners"])


def language_negation(pack: Pack):
    """How the pack's language negates (cues, false cues, clause breaks), compiled once per pack."""
    from .wording import Negation

    def build(pack):
        cfg = LEXICON.read(pack)
        return Negation.compile(cfg["negations"], cfg["not_negations"], cfg["clause_breaks"],
                                cfg["negation_window"])
    return pack.compiled("negation", build)


def antecedent(pack: Pack, sentence: str, before: str) -> str:
    """The subject of ``before`` when ``sentence`` opens by pointing back at it ("Hard copies are
    avoided." / "Any that are brought are shredded." -> "Hard copies"), else ""."""
    cfg = LEXICON.read(pack)
    words = sentence.split()
    if not words or not before:
        return ""
    opening = " ".join(fold(w.strip(",")) for w in words[:4])
    if any(opening == fold(c) or opening.startswith(fold(c) + " ") for c in cfg["conditions_back"]):
        return before.rstrip(" .;")  # "Some join by video. When they do, ..." -> "Some join by video"
    if fold(words[0].strip(",")) not in {fold(w) for w in cfg["anaphora"]}:
        return ""
    ends = {fold(w) for w in cfg["subject_ends"]}
    subject = []
    for word in before.split():
        if fold(word.strip(",;:")) in ends:
            return " ".join(subject)
        subject.append(word)
    return ""
