"""Language identification: which documents the extractor can read.

The extractor reads English and Spanish. Every document's language is identified with
py3langid's bundled model (no download at run time) over the full set of languages it knows, so
that French is recognised as French rather than forced into English or Spanish. The rules:

- a text of fewer than :data:`MIN_LETTERS` letters (a few words) is too short to tell: its
  language is unknown (``None``) and extraction goes ahead, the pipeline guessing English or
  Spanish;
- an identification less likely than :data:`MIN_CONFIDENCE` is unknown too (short Spanish
  passages are sometimes taken for Extremaduran at 0.5–0.6, Spanish second), unless English
  and Spanish together are less likely than :data:`NEITHER`: then the text is surely in neither,
  and the best guess is kept (Mandarin and Wu split a Chinese sentence between them);
- a language the document's source declared (a JSONL ``language``, a page's ``lang``, a feed's)
  is kept, unless the text is long enough (:data:`OVERRIDE_LETTERS`) and clearly in another
  language (:data:`OVERRIDE_CONFIDENCE`): a feed labelling every item ``en`` does not make a
  Spanish article English.

A document in another language is still stored; :func:`skip_reason` says why its extraction is
skipped.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from reportedly.model import Document

#: The languages the extractor reads.
SUPPORTED: tuple[str, ...] = ("en", "es")
#: Fewer letters than this (about five words; letters, not words, so that Chinese or Japanese
#: text, written without spaces, counts too) and the language is not identified.
MIN_LETTERS = 20
#: Identifications less likely than this are taken as unknown.
MIN_CONFIDENCE = 0.9
#: A declared language is overruled only by a text this long, identified this surely.
OVERRIDE_LETTERS = 150
OVERRIDE_CONFIDENCE = 0.99
#: Below this probability for English and Spanish together, a text is in neither.
NEITHER = 0.01
#: How much of a text is looked at (the start of an article says which language it is in).
SAMPLE_CHARS = 4000


@cache
def _identifier() -> Any:
    """py3langid's identifier with probabilities (loaded once: about a second)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def code(language: str | None) -> str | None:
    """A language tag reduced to its primary subtag: ``en-US`` → ``en``, ``ES`` → ``es``."""
    if not language or not language.strip():
        return None
    return re.split(r"[-_]", language.strip(), maxsplit=1)[0].lower() or None


def identify(text: str) -> tuple[str | None, float]:
    """The language of ``text`` (an ISO 639 code) and the model's probability for it.

    The language is ``None`` when the text has fewer than :data:`MIN_LETTERS` letters
    (probability 0.0), or when no language reaches :data:`MIN_CONFIDENCE` and English or
    Spanish remain possible (then the probability is the best language's).
    """
    sample = text[:SAMPLE_CHARS]
    if _letters(sample) < MIN_LETTERS:
        return None, 0.0
    ranked = _identifier().rank(sample)
    language, probability = ranked[0]
    if probability >= MIN_CONFIDENCE:
        return language, probability
    if sum(p for lang, p in ranked if lang in SUPPORTED) < NEITHER:
        return language, probability
    return None, probability


def language_of(doc: Document) -> str | None:
    """The language a document is in: the one its source declared unless the text clearly says
    otherwise, else the identified one; ``None`` when unknown."""
    declared = code(doc.language)
    detected, probability = identify(doc.text)
    if declared is None:
        return detected
    if (detected is not None and detected != declared and probability >= OVERRIDE_CONFIDENCE
            and _letters(doc.text[:SAMPLE_CHARS]) >= OVERRIDE_LETTERS):
        return detected
    return declared


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def skip_reason(language: str | None) -> str | None:
    """Why a document in ``language`` is not extracted (``None``: it is extracted).

    >>> skip_reason("fr")
    'language fr: extraction supports en, es'
    """
    if language is None or language in SUPPORTED:
        return None
    return f"language {language}: extraction supports {', '.join(SUPPORTED)}"
