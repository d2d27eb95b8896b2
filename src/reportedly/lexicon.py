"""Word lists of the extractor, loaded once from the commented YAML files in ``reportedly/data``."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml


class _Loader(yaml.SafeLoader):
    """YAML 1.2 booleans only: word lists hold "no", "on" and "y" as words, not as booleans."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(text: str) -> Any:
    """Parse YAML where only ``true``/``false`` are booleans."""
    return yaml.load(text, Loader=_Loader)


@cache
def load(name: str) -> dict[str, Any]:
    """Load ``reportedly/data/<name>.yml``."""
    return load_yaml(resources.files("reportedly.data").joinpath(f"{name}.yml")
                     .read_text(encoding="utf-8"))


class Phrases(dict[tuple[str, ...], Any]):
    """Phrases keyed by their lower-cased word tuples, with the first and last words indexed
    so that a lookup at a token that starts (or ends) no phrase costs one set test."""

    def __init__(self, items: Any = ()) -> None:
        super().__init__(items)
        self.firsts = frozenset(k[0] for k in self if k)
        self.lasts = frozenset(k[-1] for k in self if k)
        self.longest = max((len(k) for k in self), default=0)
        #: The lengths of the phrases each word starts, longest first: a lookup tries only
        #: those ("in" starts only "in a briefing by").
        lengths: dict[str, set[int]] = {}
        for k in self:
            if k:
                lengths.setdefault(k[0], set()).add(len(k))
        self.lengths = {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()}
        #: The longest word of each phrase: a sentence with none of these has none of the
        #: phrases, which one set test tells ("in an interview with" needs "interview").
        self.needs = frozenset(max(k, key=len) for k in self if k)


#: A hyphen between letters, which the tokenizer splits off ("closed-door" → "closed", "-",
#: "door").
INFIX_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def _words(phrase: Any) -> tuple[str, ...]:
    """A phrase's lower-cased words as the tokenizer splits them."""
    return tuple(INFIX_HYPHEN.sub(" - ", str(phrase).casefold()).split())


def phrases(words: list[str] | dict[str, Any]) -> Phrases:
    """Index phrases by their lower-cased word tuple ("more than" → ("more", "than"))."""
    items = words.items() if isinstance(words, dict) else ((w, w) for w in words)
    return Phrases((_words(k), v) for k, v in items)


def invert(groups: dict[str, list[str]]) -> Phrases:
    """``{label: [phrase, ...]}`` → ``{phrase words: label}``."""
    return Phrases((_words(p), label) for label, ps in groups.items() for p in ps)


def lang_key(lang: str | None) -> str:
    """The lexicon language for a document language (English unless Spanish)."""
    return "es" if lang and lang.lower().startswith("es") else "en"
