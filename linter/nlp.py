"""spaCy, loaded only when a fact needs it.

Importing spaCy takes over a second, so nothing imports this module at
start-up: facts call :func:`nlp` or :func:`sentences` when they run.  No
trained model can be downloaded (and a compliance tool must not depend on
models of unknown provenance), so the pipeline is ``spacy.blank("en")``
with the rule-based sentencizer; phrase patterns use ``Matcher`` and
``PhraseMatcher`` on its tokens.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def nlp():
    import spacy

    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    pipeline.max_length = 5_000_000
    return pipeline


@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[str, ...]:
    """The sentences of a paragraph, stripped, empty ones dropped."""
    if not text.strip():
        return ()
    return tuple(s.text.strip() for s in nlp()(text).sents if s.text.strip())


@lru_cache(maxsize=8192)
def tokens(text: str):
    """The tokens of a text (spaCy's English tokenizer, no sentence splitting)."""
    return tuple(nlp().tokenizer(text))


def doc(text: str):
    """A spaCy Doc of the text (tokens and sentences), for Matcher/PhraseMatcher."""
    return nlp()(text)
