"""The extraction pipeline: clean text in, attributed and dated figures out.

For each paragraph and sentence (spaCy's rule-based sentencizer, no statistical model):
``figures`` finds the amounts, ``claimants`` who states them, ``timing`` as of when, and
``subjects`` whose they are. Context flows forward through the document: named claimants for
"the agency said", the last subject for "the new deployment", times for "Initially, …".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from reportedly import claimants, discourse, figures, numbers, subjects, timing
from reportedly.model import Claim, Document, Figure
from reportedly.series import MEASURES, measure_of

__version__ = "0.1.0"
EXTRACTOR_VERSION = f"reportedly.rules/{__version__}"
PARAGRAPH = re.compile(r"\n\s*\n")
#: Openings that continue the figures of the sentence before ("Of them, …", "De ellos, …").
#: Reported speech without a cue: the conditional of hearsay ("las bajas rusas serían de …"),
#: totals and shares of what was just reported ("En total, …", "La mayoría, …").
REPORTED = re.compile(r"\b\w+(?:ría|rían)\b|^\W*(?:en total|del total|in total|in all|la mayoría|"
                      r"most of them|en términos|solo en|only in)\b", re.I)
CONTINUES = re.compile(r"\W*(?:(?:of (?:them|those|these|whom)|among (?:them|those)|de (?:ellos|"
                       r"ellas|estos|estas|los cuales|las cuales)|entre (?:ellos|ellas)|además|"
                       r"asimismo|in addition|(?:otros|otras|another|a further) \d)\b|"
                       # "The survey, of 3,013 people, puts …", "El sondeo, realizado a …"
                       r"(?:the|this|that|el|este|esta|la) (?:poll|survey|report|study|census|"
                       r"sondeo|encuesta|informe|estudio)(?:,| of\b| (?:was|is|had|has|puts|"
                       r"gives|fue|es|tuvo|tiene|otorga|sitúa|da)\b)|"
                       # "The command has carried out more than 20 strikes": the claimant's own
                       r"the (?:agency|command|ministry|organi[sz]ation|company|group|union|"
                       r"force|mission|bank|department) (?:has|had|also)\b)", re.I)
ES_WORDS = frozenset("el la los las de del que y en por para con según una unos dijo más "
                     "fueron han".split())
EN_WORDS = frozenset("the of and to in that is was for with by said more than were have has "
                     "from".split())


WEB_SPACES = re.compile(r"&nbsp;|&#160;|&#xa0;|[\u00a0\u2007\u2009\u200a\u202f]")
#: A sentence ending in one of these abbreviations goes on ("decree No. 1103").
ABBREVIATIONS = frozenset("no nos art arts gen lt col dr mr mrs ms prof st sgt capt maj rep sen "
                          "gov pres approx est vs fig jan feb mar apr jun jul aug sep sept oct "
                          "nov dec núm art sr sra dra ee.uu pág".split())


def sentences(doc: Doc, text: str, offset: int) -> Iterator[list[figures.Tok]]:
    """The tokens of each of spaCy's sentences (``text`` is what the doc was made from, at
    ``offset`` in the document), rejoined after an abbreviation ("No. 1103") or before a
    sentence that starts in lower case."""
    pending: list[figures.Tok] = []
    for whole in numbers.spacy_sentences(doc, text, offset):
        for current in _after_platform(whole):
            pending = yield from _flush(pending, current)
    if pending:
        yield pending


_TEXT = attrgetter("text")


def _after_platform(toks: list[figures.Tok]) -> Iterator[list[figures.Tok]]:
    """A sentence cut after "on X." (the platform, read as an initial by the tokenizer) when a
    capitalized word follows: "…, he posted on X. The budget …" is two sentences (and "en su
    cuenta de X. Según …")."""
    texts = list(map(_TEXT, toks))
    if "X." not in texts:
        yield toks
        return
    start = 0
    for k in range(1, len(toks) - 1):
        if texts[k] == "X." and toks[k - 1].low in ("on", "de", "en") \
                and texts[k + 1][:1].isupper():
            yield toks[start:k + 1]
            start = k + 1
    yield toks[start:]


def _flush(pending: list[figures.Tok], current: list[figures.Tok]
           ) -> Iterator[list[figures.Tok]]:
    """Join ``current`` to ``pending`` or yield ``pending``; returns the new pending list."""
    if pending and (_ends_with_abbreviation(pending) or current[0].text[:1].islower()):
        return pending + current
    if pending:
        yield pending
    return current


def _ends_with_abbreviation(toks: list[figures.Tok]) -> bool:
    if toks[-1].text == "." and len(toks) >= 2:
        return toks[-2].low in ABBREVIATIONS
    return toks[-1].low.rstrip(".") in ABBREVIATIONS and toks[-1].text.endswith(".")


#: What cuts a sentence for times: ";", "mientras", and the rest after a comma.
CUT_WORDS = frozenset({";", "mientras", "while", "whereas", "but", "pero"})


def contrast_cuts(toks: list[figures.Tok]) -> list[int]:
    """Where a sentence is cut for times: ";" and a contrast after a comma ("…, while …",
    "mientras que")."""
    return [k for k in figures.positions(toks, CUT_WORDS) if toks[k].low in (";", "mientras")
            or (k > 0 and toks[k - 1].text == ",")]


def timing_clause(cuts: list[int], n: int, i: int) -> tuple[int, int]:
    """Token bounds of the stretch whose times may date token ``i`` (of ``n``), from the
    sentence's :func:`contrast_cuts`."""
    start, end = 0, n
    for k in cuts:
        if k < i:
            start = k + 1
        elif k > i:
            end = k
            break
    return start, end


@cache
def nlp(lang: str) -> Language:
    """A blank spaCy pipeline with the rule-based sentencizer (no model download)."""
    pipe = spacy.blank(lang)
    pipe.add_pipe("sentencizer")
    return pipe


def guess_language(text: str) -> str:
    """English or Spanish, by function words (the ingest stage may know better)."""
    words = re.findall(r"[a-záéíóúñ]+", text[:4000].casefold())
    es = sum(w in ES_WORDS for w in words)
    en = sum(w in EN_WORDS for w in words)
    return "es" if es > en else "en"


@dataclass(frozen=True, slots=True)
class Options:
    """How :func:`extract` runs.

    ``attribution=False`` finds the figures only — no claimants, times, subjects or series
    fields — which is what the throughput benchmark uses to show what attribution costs.
    """

    attribution: bool = True


def extract(text: str, published: str | None = None, lang: str | None = None,
            options: Options | None = None) -> list[Figure]:
    """Find the figures a text states, with claimant, relays, subject and as-of time.

    ``published`` (``YYYY-MM-DD``) anchors relative dates ("last August"); ``lang`` is ``en`` or
    ``es`` (guessed when omitted). Returns every figure found, durations and ages included;
    :attr:`Figure.tracked` tells which the ledger tracks. Offsets index into ``text``.
    """
    lang = (lang or guess_language(text))[:2].lower()
    return _Run(text, published, lang, options or Options()).figures()


def extract_document(doc: Document) -> list[Figure]:
    """Extract the figures of one document."""
    return extract(doc.text, published=doc.published, lang=doc.language)


@dataclass(slots=True)
class _Sentence:
    """A sentence being read: its tokens, its text and where it starts in the document."""

    toks: list[figures.Tok]
    text: str
    start: int
    stated_before: bool = False
    cuts: list[int] = field(default_factory=list)


class _EarlierTimes:
    """The times of a paragraph's earlier sentences, read only when asked ("Initially, …")."""

    def __init__(self, published: str | None, lang: str) -> None:
        self.published, self.lang = published, lang
        self.sentences: list[tuple[str, list[timing.When] | None]] = []

    def add(self, sentence: str, times: list[timing.When] | None = None) -> None:
        self.sentences.append((sentence, times))

    def last(self) -> timing.When | None:
        """The last time, not a statement's, mentioned before."""
        for sentence, times in reversed(self.sentences):
            if times is None:
                times = timing.find_times(sentence, self.published, self.lang)
            kept = [t for t in times if not t.statement]
            if kept:
                return kept[-1]
        return None


class _Run:
    """One document's extraction, carrying context from sentence to sentence."""

    def __init__(self, text: str, published: str | None, lang: str, options: Options) -> None:
        self.text = text
        self.options = options
        # web spaces become plain spaces of the same length, so offsets stay those of ``text``
        self.tok_text = WEB_SPACES.sub(lambda m: " " * len(m.group()), text)
        self.published = published
        self.lang = lang if lang in ("en", "es") else "en"
        self.memory = discourse.Memory()
        self.last_claim: dict | None = None
        self.subjects = subjects.Subjects()

    def figures(self) -> list[Figure]:
        paragraphs: list[tuple[str, int]] = []
        pos = 0
        for para in PARAGRAPH.split(self.text):
            start = self.text.index(para, pos) if para else pos
            pos = start + len(para)
            if para.strip():
                paragraphs.append((para, start))
        docs = nlp(self.lang).pipe(self.tok_text[start:start + len(para)]
                                   for para, start in paragraphs)
        out: list[Figure] = []
        try:
            for (para, start), doc in zip(paragraphs, docs, strict=True):
                out.extend(self._paragraph(para, start, doc))
        finally:
            # the sentences remembered point back at the memory: let them go now rather than
            # leave the cycle to the garbage collector
            self.memory.forget()
        return out

    def _paragraph(self, para: str, offset: int, doc: Doc) -> list[Figure]:
        out: list[Figure] = []
        earlier = _EarlierTimes(self.published, self.lang)
        follows_claim = False  # the sentence before credited its last figure to someone
        for sent in sentences(doc, para, offset):
            toks = figures.retokenize(sent)
            if not toks:
                continue
            sent = _Sentence(toks, self.text[toks[0].start:toks[-1].end], toks[0].start)
            sentence = sent.text
            found = figures.find(toks, self.lang)
            if not self.options.attribution:
                out.extend(self._figure(sent, f, {}, None, (None, None, False, False))
                           for f in found)
                continue
            attributor = claimants.Attributor(toks, self.lang, self.memory, self.text)
            if not found:  # keep the context, read only if a later sentence asks for it
                follows_claim = False
                spans: list[tuple[int, int]] = []
                if self.subjects.last_subject is None:  # the opening subject: not the speaker
                    attributor.attribute([])
                    spans = [(c.np_start, c.np_end) for c in attributor.found]
                else:
                    self.memory.later(attributor)
                self.subjects.sentence(toks, found, spans, [])
                earlier.add(sentence)
                continue
            claims = attributor.attribute(found)
            if self.last_claim and (CONTINUES.match(sentence) or (
                    follows_claim and not attributor.found and REPORTED.search(sentence))):
                # "De ellos, 30.808 …", "Además, …", "Another 18 …", or no cue at all right
                # after a claim: the same source goes on
                claims = [c if c["source"] or f.i in attributor.background
                          else dict(self.last_claim, hedge=c["hedge"])
                          for c, f in zip(claims, found, strict=True)]
            if claims and claims[-1]["source"]:
                self.last_claim = claims[-1]
            follows_claim = bool(claims and claims[-1]["source"])
            spans = [(c.np_start, c.np_end) for c in attributor.found]
            times = timing.find_times(sentence, self.published, self.lang)
            sent.cuts = contrast_cuts(toks)
            whens = [self._when(sent, f, times, earlier) for f in found]
            intervals = [bool(when and when.interval) for when in whens]
            context = self.subjects.sentence(toks, found, spans, intervals)
            sent.stated_before = timing.stated_before(sentence)
            out.extend(self._figure(sent, f, claim, when, ctx)
                       for f, claim, when, ctx in zip(found, claims, whens, context, strict=True))
            earlier.add(sentence, times)
        return out

    def _when(self, sent: _Sentence, f: figures.Found, times: list[timing.When],
              earlier: _EarlierTimes) -> timing.When | None:
        toks, s_start = sent.toks, sent.start
        cs, ce = timing_clause(sent.cuts, len(toks), f.i)
        clause = (toks[cs].start - s_start, toks[ce - 1].end - s_start)
        when = timing.as_of(toks[f.i].start - s_start, toks[f.j - 1].end - s_start, times,
                            clause)
        if when is None and timing.refers_back(sent.text):
            when = earlier.last()
        return when

    def _figure(self, sent: _Sentence, f: figures.Found, claim: dict,
                when: timing.When | None,
                context: tuple[str | None, str | None, bool, bool]) -> Figure:
        """A :class:`Figure` from what the stages found; ``context`` is (subject, event,
        flow, abroad)."""
        toks = sent.toks
        subject, event, flow, abroad = context
        end_tok = f.j - 1
        if f.object_i is not None and f.object_i >= f.j and f.object_i - f.j <= 3 and all(
                toks[k].text.isalpha() and toks[k].low not in figures.lexicon(self.lang)
                .auxiliaries for k in range(f.j, f.object_i + 1)):
            end_tok = f.object_i
        start, end = toks[f.i].start, toks[end_tok].end
        fig = Figure(
            text=self.text[start:end], start=start, end=end, low=f.low, high=f.high,
            qualifier=f.qualifier, vague=f.vague, kind=f.kind, object=f.object, unit=f.unit,
            change=f.change, subject=subject, claim=Claim(**claim),
            as_of=when.value if when else None, stated_before=sent.stated_before,
            sentence=sent.text, sentence_start=sent.start, extractor=EXTRACTOR_VERSION,
        )
        participle = f.extra.get("participle")
        fig.measure = MEASURES.get(participle, participle) if participle else measure_of(fig)
        if subjects.is_total(toks, f.i):
            flow = False
        if subjects.inherent(fig.measure):
            event, flow = None, False
        elif fig.measure == "territory" and event not in ("held", "retaken"):
            event = "held"
        elif fig.measure == "personnel" and event is None and abroad:
            event = "deployed"
        fig.event, fig.flow = event, flow
        return fig
