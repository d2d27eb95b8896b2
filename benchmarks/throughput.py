"""Extraction throughput of ``reportedly.extract`` beside quantulum3, on one core.

What it measures
----------------
* **Corpus.** News-style English generated here, deterministically (``random.Random(seed)``),
  from sentence templates written for this benchmark: drones shot down, casualties, evacuations,
  territory, aid money, prices, troop deployments, with varied numbers (digits, thousands
  separators, "1.5 million", number words, ranges, percentages, currencies, units), qualifiers
  ("about", "at least", "more than"), claimants, relays and dates, plus sentences with no
  figure at all. Sentences are grouped into paragraphs and documents of about 300 words, like
  articles. ``--words`` sets the corpus size (default 200,000 words, counted as
  whitespace-separated tokens). The generator also counts the amounts it planted (every
  number except dates), as a reference for the "figures" columns.
* **reportedly.** ``extract(doc, published="2025-03-01", lang="en")`` on each document in turn,
  after a warm-up on a small slice (the first few documents), so the one-off costs (building
  the blank spaCy pipeline, compiling patterns, loading lexicons) are not timed. Wall time with
  ``time.perf_counter``; CPU time is reported too. It runs twice, on the first quarter of the
  documents and on all of them, each in a fresh process, so that the resident memory (RSS)
  growth of the two sizes can be compared: RSS is sampled after warm-up and after every
  document, and the growth is the peak minus the post-warm-up value. Flat memory means the full
  corpus grows RSS no more than the quarter does (give or take allocator noise). Results are
  counted and dropped, so only the extractor's own memory shows. The size of spaCy's string
  store is reported too, since an ever-growing vocabulary is the usual way a spaCy pipeline
  leaks.
* **quantulum3.** ``quantulum3.parser.parse(doc)`` on the same documents, in a fresh process,
  after the same warm-up. It is slow, so it stops after ``--quantulum-budget`` seconds (default
  60) and its words/s is extrapolated from the documents it got through; the output says so.
  Without scikit-learn quantulum3 warns once and disambiguates units without its classifier;
  it downloads nothing at run time.
* Single core: both tools are single-threaded Python, each worker runs with
  ``OMP_NUM_THREADS=1`` (and the like), and the table gives CPU seconds beside wall seconds.
  ``--pin`` also pins each worker to one CPU (``os.sched_setaffinity``); it is off by default
  because on a small shared machine a fixed CPU may be the one something else is busy on. The
  load average at the start is printed, since other work on the machine skews wall times.

Targets (from the project issue): at least 50,000 words/s on one core, and at least 5x the
words/s of quantulum3. The script prints whether each is met and exits 0 either way.

Usage::

    python benchmarks/throughput.py [--words N] [--seed S] [--json] [--pin] [--profile]

``--profile`` skips the comparison and prints the top functions of reportedly and spaCy by
cumulative time under cProfile, over the whole corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import random
import resource
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

PUBLISHED = "2025-03-01"
DOC_WORDS = 300
WARMUP_DOCS = 5
WORDS_TARGET = 50_000
RATIO_TARGET = 5.0
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
               "NUMEXPR_NUM_THREADS")

# --------------------------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------------------------

CLAIMANTS = [
    "Ukraine's air force", "the Russian Defence Ministry", "the regional governor",
    "the UN refugee agency", "a military spokesman", "the health ministry",
    "local authorities", "the General Staff", "the mayor", "emergency services",
    "the Institute for the Study of War", "a senior Western official", "the prosecutor's office",
    "the state energy company", "the World Food Programme",
]
MILITARY = ["Ukraine's air force", "the Russian Defence Ministry", "the General Staff",
            "a military spokesman", "the army's southern command", "Ukraine's navy",
            "the commander of the eastern group of forces"]
OFFICIALS = ["officials", "local officials", "the authorities", "police", "rescuers",
             "the city council", "the governor"]
PLACES = ["Kharkiv", "Zaporizhzhia", "Pokrovsk", "Kherson", "Odesa", "Sumy", "Dnipro",
          "the Donetsk region", "Kupiansk", "Chernihiv", "Mykolaiv", "Kramatorsk", "Lviv",
          "the Belgorod region", "Kursk", "Toretsk", "Vuhledar", "Izium"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
        "on Sunday", "late on Monday", "early on Friday", "this week", "on 14 February",
        "on February 27", "on 3 January"]
TIMES = ["overnight", "on Sunday night", "over the weekend", "in the past day",
         "since Friday", "during the night", "early on Wednesday"]
MONTHS = ["January", "February", "last August", "the start of the year", "October 2024",
          "the summer", "the invasion began"]
RELAYS = ["state media", "Interfax", "a statement on Telegram", "local media",
          "two people familiar with the matter", "satellite imagery", "the BBC"]
QUALIFIERS = ["about", "around", "roughly", "nearly", "almost", "more than", "at least",
              "over", "up to", "fewer than", "some", "an estimated", ""]
SMALL_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "eleven", "twelve", "fifteen", "twenty"]
VAGUE = ["dozens of", "hundreds of", "thousands of", "scores of", "several", "a few"]
AGENTS = ["troops", "soldiers", "servicemen", "fighters"]
DRONES = ["drones", "Shahed drones", "attack drones", "missiles", "cruise missiles"]
VEHICLES = ["tanks", "armoured vehicles", "artillery systems", "trucks"]
DONORS = ["The European Union", "The United States", "Germany", "The World Bank",
          "Japan", "The United Kingdom", "Norway"]


def count(rng: random.Random, lo: int, hi: int) -> str:
    """A count written the ways the news writes counts: 1200, 1,200, 1.2 million, twelve."""
    n = rng.randint(lo, hi)
    if n <= 20 and rng.random() < 0.4:
        return SMALL_WORDS[min(len(SMALL_WORDS) - 1, max(0, n - 2))]
    if n >= 1_000_000 and rng.random() < 0.7:
        return f"{n / 1_000_000:.1f} million"
    if n >= 1000 and rng.random() < 0.7:
        return f"{n:,}"
    return str(n)


def money(rng: random.Random) -> str:
    amount = rng.choice([1.5, 2, 3.2, 5, 7.5, 12, 40, 50, 150, 300, 450])
    scale = rng.choice(["million", "billion"])
    return rng.choice([
        f"${amount} {scale}", f"€{amount} {scale}", f"{amount} {scale} euros",
        f"£{amount} {scale}", f"{amount} {scale} dollars",
    ])


def qual(rng: random.Random) -> str:
    q = rng.choice(QUALIFIERS)
    return f"{q} " if q else ""


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


#: Each template returns a sentence and how many amounts it states (dates excluded).
Template = Callable[[random.Random], tuple[str, int]]


def _drones(r: random.Random) -> tuple[str, int]:
    n = r.randint(20, 180)
    a = r.randint(5, n)
    return (f"{cap(r.choice(MILITARY))} said it shot down {a} of {n} {r.choice(DRONES)} "
            f"launched {r.choice(TIMES)}."), 2


def _evacuated(r: random.Random) -> tuple[str, int]:
    return (f"{cap(qual(r))}{count(r, 40, 25_000)} residents were evacuated from "
            f"{r.choice(PLACES)}, {r.choice(OFFICIALS)} said {r.choice(DAYS)}."), 1


def _casualties(r: random.Random) -> tuple[str, int]:
    return (f"At least {count(r, 2, 60)} people were killed and {count(r, 3, 250)} wounded in "
            f"the strike on {r.choice(PLACES)}, {r.choice(CLAIMANTS)} said."), 2


def _advance(r: random.Random) -> tuple[str, int]:
    dist = r.choice([f"{r.randint(1, 30)} kilometres", f"{r.randint(2, 18)} km",
                     f"{r.randint(1, 12)} miles"])
    return (f"{cap(r.choice(MILITARY))} said its forces had advanced {dist} near "
            f"{r.choice(PLACES)} {r.choice(TIMES)}."), 1


def _aid(r: random.Random) -> tuple[str, int]:
    return (f"{r.choice(DONORS)} approved {money(r)} in aid for reconstruction, "
            f"{r.choice(CLAIMANTS)} said {r.choice(DAYS)}."), 1


def _territory(r: random.Random) -> tuple[str, int]:
    area = r.choice([f"{count(r, 50, 4_800)} square kilometres",
                     f"{count(r, 20, 900)} square miles", f"{r.randint(100, 3000):,} sq km"])
    return (f"Russian forces have taken {qual(r)}{area} of territory since "
            f"{r.choice(MONTHS)}, according to {r.choice(CLAIMANTS)}."), 1


def _grid(r: random.Random) -> tuple[str, int]:
    pct = r.choice([f"{r.randint(5, 90)}%", f"{r.randint(5, 90)} percent",
                    f"{r.randint(5, 90)} per cent"])
    return (f"{cap(r.choice(CLAIMANTS))} estimated that {pct} of the power grid in "
            f"{r.choice(PLACES)} had been damaged."), 1


def _troops(r: random.Random) -> tuple[str, int]:
    return (f"{cap(qual(r))}{count(r, 300, 120_000)} {r.choice(AGENTS)} were deployed to the "
            f"border, {r.choice(CLAIMANTS)} reported, citing {r.choice(RELAYS)}."), 1


def _refugees(r: random.Random) -> tuple[str, int]:
    now = r.randint(30, 80) / 10
    before = round(now - r.randint(1, 9) / 10, 1)
    return (f"The number of refugees registered abroad rose to {now} million, up from "
            f"{before} million a year earlier, the UN refugee agency said."), 2


def _captured(r: random.Random) -> tuple[str, int]:
    a = r.randint(10, 400)
    b = a + r.randint(10, 300)
    form = r.choice([f"Between {a} and {b}", f"{a} to {b}", f"{a}-{b}"])
    return (f"{form} {r.choice(AGENTS)} are believed to have been captured, "
            f"{r.choice(CLAIMANTS)} said, citing {r.choice(RELAYS)}."), 1


def _vague(r: random.Random) -> tuple[str, int]:
    return (f"{cap(r.choice(VAGUE))} buildings were damaged in {r.choice(PLACES)}, "
            f"{r.choice(OFFICIALS)} said."), 1


def _vehicles(r: random.Random) -> tuple[str, int]:
    hours = r.choice(["24 hours", "48 hours", "three days", "week", "10 days"])
    return (f"{cap(r.choice(MILITARY))} said {count(r, 2, 90)} {r.choice(VEHICLES)} and "
            f"{count(r, 3, 140)} {r.choice(VEHICLES)} had been destroyed over the past "
            f"{hours}."), 3 if hours[0].isdigit() or " " in hours else 2


def _prices(r: random.Random) -> tuple[str, int]:
    return (f"Prices of bread in {r.choice(PLACES)} have risen by {r.randint(3, 60)} percent "
            f"since {r.choice(MONTHS)}, the statistics office said."), 1


def _age(r: random.Random) -> tuple[str, int]:
    age = r.randint(4, 91)
    who = r.choice(["boy", "girl"] if age < 16 else ["woman", "man"])
    return (f"A {age}-year-old {who} was among the dead, {r.choice(OFFICIALS)} said."), 1


def _systems(r: random.Random) -> tuple[str, int]:
    return (f"Ukraine has received {count(r, 2, 12)} Patriot air defence systems so far this "
            f"year, the defence minister said {r.choice(DAYS)}."), 1


def _ammunition(r: random.Random) -> tuple[str, int]:
    return (f"The army is firing {qual(r)}{count(r, 2_000, 60_000)} artillery shells a day, "
            f"down from {count(r, 5_000, 90_000)} in {r.choice(MONTHS)}, according to "
            f"{r.choice(RELAYS)}."), 2


FIGURE_TEMPLATES: list[Template] = [
    _drones, _evacuated, _casualties, _advance, _aid, _territory, _grid, _troops, _refugees,
    _captured, _vague, _vehicles, _prices, _age, _systems, _ammunition,
]

PLAIN_SENTENCES = [
    "The claims could not be independently verified.",
    "Air raid sirens sounded across {place} for much of the night.",
    "{Claimant} did not comment on the report.",
    "Talks between the two sides are expected to resume next week.",
    "Residents described hearing loud explosions before dawn.",
    "The governor urged people to stay in shelters until the all-clear.",
    "Kyiv has repeatedly called on its allies to speed up deliveries of air defence systems.",
    "Moscow denies targeting civilians.",
    "Repair crews were working to restore power and water in {place}.",
    "The situation on the front line remains difficult, {claimant} said.",
    "Neither side gives regular figures for its own losses.",
    "Schools in {place} switched to remote learning after the attack.",
    "Fighting has intensified around {place} in recent weeks.",
    "A spokesman for the Kremlin declined to give details.",
    "Humanitarian groups say access to frontline villages is getting harder.",
]


def _plain(r: random.Random) -> tuple[str, int]:
    s = r.choice(PLAIN_SENTENCES)
    claimant = r.choice(CLAIMANTS)
    return s.format(place=r.choice(PLACES), claimant=claimant, Claimant=cap(claimant)), 0


def sentence(rng: random.Random) -> tuple[str, int]:
    """One sentence: a little over half state figures, the rest none."""
    if rng.random() < 0.55:
        return rng.choice(FIGURE_TEMPLATES)(rng)
    return _plain(rng)


@dataclass(slots=True)
class Corpus:
    docs: list[str]
    words: list[int]
    planted: list[int]

    @property
    def total_words(self) -> int:
        return sum(self.words)


def build_corpus(target_words: int, seed: int = 20250301) -> Corpus:
    """Documents of about ``DOC_WORDS`` words, paragraphs of 1-4 sentences, until the target."""
    rng = random.Random(seed)
    corpus = Corpus([], [], [])
    while corpus.total_words < target_words:
        doc_target = rng.randint(DOC_WORDS - 50, DOC_WORDS + 50)
        paragraphs: list[str] = []
        words = planted = 0
        while words < doc_target:
            sents = []
            for _ in range(rng.randint(1, 4)):
                s, n = sentence(rng)
                sents.append(s)
                words += len(s.split())
                planted += n
            paragraphs.append(" ".join(sents))
        corpus.docs.append("\n\n".join(paragraphs))
        corpus.words.append(words)
        corpus.planted.append(planted)
    return corpus


# --------------------------------------------------------------------------------------------
# Measurement (runs in a worker process)
# --------------------------------------------------------------------------------------------


def rss_bytes() -> int:
    """Current resident set size, from /proc where there is one, else the peak so far."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return peak_rss_bytes()


def peak_rss_bytes() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def pin_one_core() -> int | None:
    """Pin this process to one CPU (the first it may use); return which, or None."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return cpu


@dataclass(slots=True)
class Run:
    tool: str
    docs: int
    words: int
    seconds: float
    cpu_seconds: float
    figures: int
    planted: int
    rss_start: int
    rss_peak: int
    rss_end: int
    cpu: int | None
    per_doc_seconds: list[float] = field(default_factory=list)
    extrapolated: bool = False
    corpus_docs: int = 0
    corpus_words: int = 0
    notes: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else float("inf")


def measure(tool: str, fn: Callable[[str], int], corpus: Corpus, docs: int,
            budget: float | None = None, pin: bool = False) -> Run:
    """Time ``fn`` over the first ``docs`` documents, sampling RSS after each one.

    The first ``WARMUP_DOCS`` documents are run once, untimed, before anything is measured.
    With a ``budget`` (seconds), stop after the document that crosses it.
    """
    cpu = pin_one_core() if pin else None
    for text in corpus.docs[:WARMUP_DOCS]:
        fn(text)
    gc.collect()
    rss_start = peak = rss_bytes()
    found = done = words = planted = 0
    per_doc: list[float] = []
    clock, cpu_clock = time.perf_counter, time.process_time
    c0 = cpu_clock()
    for text, n_words, n_planted in zip(corpus.docs[:docs], corpus.words[:docs],
                                        corpus.planted[:docs], strict=True):
        t0 = clock()
        found += fn(text)
        per_doc.append(clock() - t0)
        peak = max(peak, rss_bytes())
        done += 1
        words += n_words
        planted += n_planted
        if budget is not None and sum(per_doc) > budget:
            break
    cpu_seconds = cpu_clock() - c0
    return Run(tool=tool, docs=done, words=words, seconds=sum(per_doc), cpu_seconds=cpu_seconds,
               figures=found, planted=planted, rss_start=rss_start,
               rss_peak=max(peak, rss_bytes()), rss_end=rss_bytes(), cpu=cpu,
               per_doc_seconds=per_doc, extrapolated=done < docs, corpus_docs=docs,
               corpus_words=sum(corpus.words[:docs]))


def attribution_share(corpus: Corpus, docs: int, rounds: int = 3) -> dict[str, float]:
    """What attribution costs, measured so that the machine's drift cancels out: each document
    is extracted with and without attribution back to back, alternating which goes first,
    ``rounds`` times; the best time per document and mode is kept."""
    import reportedly

    modes = {"full": reportedly.Options(), "figures": reportedly.Options(attribution=False)}
    best = {mode: [float("inf")] * docs for mode in modes}
    for text in corpus.docs[:WARMUP_DOCS]:
        for options in modes.values():
            reportedly.extract(text, published=PUBLISHED, lang="en", options=options)
    for r in range(rounds):
        order = list(modes) if r % 2 == 0 else list(reversed(modes))
        for i, text in enumerate(corpus.docs[:docs]):
            for mode in order:
                t0 = time.perf_counter()
                reportedly.extract(text, published=PUBLISHED, lang="en", options=modes[mode])
                best[mode][i] = min(best[mode][i], time.perf_counter() - t0)
    words = sum(corpus.words[:docs])
    full, figures = words / sum(best["full"]), words / sum(best["figures"])
    return {"full_words_per_second": round(full, 1),
            "figures_words_per_second": round(figures, 1), "share": round(full / figures, 3)}


def run_reportedly(corpus: Corpus, docs: int, pin: bool, attribution: bool = True) -> Run:
    import reportedly
    from reportedly import pipeline

    options = reportedly.Options(attribution=attribution)

    def fn(text: str) -> int:
        return len(reportedly.extract(text, published=PUBLISHED, lang="en", options=options))

    strings_before = -1
    fn(corpus.docs[0])
    try:  # the blank pipeline's string store: the usual place a spaCy pipeline grows
        strings_before = len(pipeline.nlp("en").vocab.strings)
    except Exception:  # an internal detail; the benchmark does not depend on it
        pass
    run = measure("reportedly", fn, corpus, docs, pin=pin)
    if strings_before >= 0:
        run.extra["spacy_strings"] = [strings_before, len(pipeline.nlp("en").vocab.strings)]
    run.extra["version"] = metadata.version("reportedly")
    run.extra["spacy"] = metadata.version("spacy")
    return run


def run_quantulum(corpus: Corpus, docs: int, budget: float, pin: bool) -> Run:
    notes: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        from quantulum3 import classifier, parser

        parser.parse("The army fired 2,000 shells and 15% of 3 km.")
    for w in caught:
        msg = str(w.message).split(". ")[0]
        if msg not in notes:
            notes.append(f"quantulum3 warned: {msg}")
    use_clf = bool(getattr(classifier, "USE_CLF", False))
    notes.append("classifier: " + ("scikit-learn classifier in use" if use_clf else
                                   "off (scikit-learn not installed): rule-based unit "
                                   "disambiguation, no download attempted"))

    def fn(text: str) -> int:
        return len(parser.parse(text))

    run = measure("quantulum3", fn, corpus, docs, budget=budget, pin=pin)
    run.notes = notes
    run.extra["version"] = metadata.version("quantulum3")
    return run


def worker(kind: str, words: int, seed: int, budget: float, pin: bool) -> None:
    """Entry point of a worker process: measure one thing, print a Run as JSON."""
    corpus = build_corpus(words, seed)
    n = len(corpus.docs)
    if kind == "reportedly-full":
        run = run_reportedly(corpus, n, pin)
    elif kind == "reportedly-quarter":
        run = run_reportedly(corpus, max(1, n // 4), pin)
    elif kind == "reportedly-figures":
        run = run_reportedly(corpus, n, pin, attribution=False)
        run.extra["interleaved"] = attribution_share(corpus, n)
    elif kind == "quantulum3":
        run = run_quantulum(corpus, n, budget, pin)
    else:
        raise SystemExit(f"unknown worker {kind!r}")
    json.dump({k: getattr(run, k) for k in Run.__slots__}, sys.stdout)


def spawn(kind: str, args: argparse.Namespace) -> Run:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--words",
           str(args.words), "--seed", str(args.seed), "--quantulum-budget",
           str(args.quantulum_budget), *(["--pin"] if args.pin else [])]
    env = {**os.environ, **dict.fromkeys(THREAD_VARS, "1")}
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"worker {kind} failed with exit code {proc.returncode}")
    return Run(**json.loads(proc.stdout))


# --------------------------------------------------------------------------------------------
# Profile
# --------------------------------------------------------------------------------------------


def profile(corpus: Corpus, top: int = 10) -> None:
    """cProfile ``extract`` over the corpus; print the top functions of reportedly and spaCy."""
    import cProfile
    import io
    import pstats

    import reportedly

    for text in corpus.docs[:WARMUP_DOCS]:
        reportedly.extract(text, published=PUBLISHED, lang="en")
    prof = cProfile.Profile()
    prof.enable()
    for text in corpus.docs:
        reportedly.extract(text, published=PUBLISHED, lang="en")
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out).sort_stats("cumulative")
    stats.print_stats(r"reportedly|spacy", top)
    print(f"cProfile over {len(corpus.docs)} documents, {corpus.total_words:,} words "
          f"(profiler overhead included):")
    print(out.getvalue())
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(top)
    print("Top functions by own time (any module):")
    print(out.getvalue())


# --------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu_model = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return {
        "platform": platform.platform(),
        "cpu": cpu_model,
        "cpu_count": os.cpu_count(),
        "cpus_usable": affinity,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "load_average": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg")
        else None,
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def mib(n: float) -> float:
    return n / 2**20


def summarize(runs: dict[str, Run], corpus: Corpus, seed: int) -> dict[str, Any]:
    full, quarter, q = runs["reportedly-full"], runs["reportedly-quarter"], runs["quantulum3"]
    interleaved = runs["reportedly-figures"].extra["interleaved"]
    q_wps = q.words_per_second
    # reportedly on exactly the documents quantulum3 got through
    same_seconds = sum(full.per_doc_seconds[: q.docs])
    same_wps = q.words / same_seconds if same_seconds else float("inf")
    growth_q = quarter.rss_peak - quarter.rss_start
    growth_f = full.rss_peak - full.rss_start
    flat = growth_f <= 1.5 * growth_q + 4 * 2**20
    rows = []
    for label, run in (("reportedly (all)", full), ("reportedly (1/4)", quarter),
                       ("reportedly, figures only (all)", runs["reportedly-figures"]),
                       ("quantulum3", q)):
        rows.append({
            "tool": label,
            "docs": run.docs,
            "words": run.words,
            "seconds": round(run.seconds, 3),
            "cpu_seconds": round(run.cpu_seconds, 3),
            "words_per_second": round(run.words_per_second, 1),
            "docs_per_second": round(run.docs / run.seconds, 2) if run.seconds else None,
            "figures": run.figures,
            "planted": run.planted,
            "ratio_vs_quantulum3": round(run.words_per_second / q_wps, 2),
            "rss_start_mib": round(mib(run.rss_start), 1),
            "rss_growth_mib": round(mib(run.rss_peak - run.rss_start), 2),
            "rss_retained_mib": round(mib(run.rss_end - run.rss_start), 2),
            "extrapolated": run.extrapolated,
            "cpu_pinned": run.cpu,
        })
    if q.extrapolated:
        q_note = (f"quantulum3 stopped at its time budget after {q.docs} of {q.corpus_docs} "
                  f"documents ({q.words:,} of {q.corpus_words:,} words); its words/s is "
                  f"extrapolated to the whole corpus from those; the full corpus would take "
                  f"about {q.corpus_words / q_wps:.0f} s")
    else:
        q_note = "quantulum3 processed the whole corpus"
    return {
        "machine": machine(),
        "versions": {"reportedly": full.extra.get("version"), "spacy": full.extra.get("spacy"),
                     "quantulum3": q.extra.get("version")},
        "corpus": {"seed": seed, "docs": len(corpus.docs), "words": corpus.total_words,
                   "words_per_doc": round(corpus.total_words / len(corpus.docs), 1),
                   "planted_amounts": sum(corpus.planted)},
        "rows": rows,
        "same_documents": {"docs": q.docs, "words": q.words,
                           "reportedly_words_per_second": round(same_wps, 1),
                           "quantulum3_words_per_second": round(q_wps, 1),
                           "ratio": round(same_wps / q_wps, 2)},
        "memory": {"quarter_growth_mib": round(mib(growth_q), 2),
                   "full_growth_mib": round(mib(growth_f), 2), "flat": flat,
                   "spacy_strings_quarter": quarter.extra.get("spacy_strings"),
                   "spacy_strings_full": full.extra.get("spacy_strings")},
        "attribution_interleaved": interleaved,
        "targets": {
            "words_per_second": {"target": WORDS_TARGET,
                                 "value": round(full.words_per_second, 1),
                                 "met": full.words_per_second >= WORDS_TARGET},
            "ratio_vs_quantulum3": {"target": RATIO_TARGET,
                                    "value": round(full.words_per_second / q_wps, 2),
                                    "met": full.words_per_second / q_wps >= RATIO_TARGET},
            # issue 4: attribution may not halve extraction throughput (measured interleaved)
            "attribution_keeps": {"target": 0.5,
                                  "value": interleaved["share"],
                                  "met": interleaved["share"] >= 0.5},
        },
        "notes": [q_note, *q.notes],
    }


def print_report(s: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(Console().width, 130))
    m, c = s["machine"], s["corpus"]
    console.print(f"[bold]reportedly extraction throughput[/bold]  {m['date']}")
    pinned = {r["cpu_pinned"] for r in s["rows"]} - {None}
    console.print(f"machine: {m['platform']}; {m['cpu']}; {m['cpu_count']} CPUs "
                  f"({m['cpus_usable']} usable); {m['python']}; load average at start "
                  f"{m['load_average']}; single-threaded workers"
                  + (f", pinned to CPU {sorted(pinned)}" if pinned else ", not pinned"))
    v = s["versions"]
    console.print(f"versions: reportedly {v['reportedly']}, spaCy {v['spacy']}, "
                  f"quantulum3 {v['quantulum3']}")
    console.print(f"corpus: {c['docs']:,} generated documents, {c['words']:,} words "
                  f"(~{c['words_per_doc']:.0f} per document, seed {c['seed']}), "
                  f"{c['planted_amounts']:,} amounts planted; warm-up on {WARMUP_DOCS} "
                  f"documents before timing")
    table = Table()
    for col in ("tool", "docs", "words", "seconds", "CPU s", "words/s", "docs/s", "figures found",
                "ratio vs quantulum3", "RSS growth"):
        table.add_column(col, justify="left" if col == "tool" else "right")
    for r in s["rows"]:
        star = "*" if r["extrapolated"] else ""
        table.add_row(
            r["tool"] + star, f"{r['docs']:,}", f"{r['words']:,}", f"{r['seconds']:.2f}",
            f"{r['cpu_seconds']:.2f}",
            f"{r['words_per_second']:,.0f}{star}", f"{r['docs_per_second']:,.1f}",
            f"{r['figures']:,} / {r['planted']:,}", f"{r['ratio_vs_quantulum3']:.1f}x",
            f"{r['rss_growth_mib']:.1f} MiB")
    console.print(table)
    console.print("figures found / amounts the generator planted (dates excluded); the tools "
                  "count differently (quantulum3 counts every number, years and dates too)")
    for note in s["notes"]:
        console.print(f"* {note}" if note.startswith("quantulum3 stopped") else f"- {note}")
    same = s["same_documents"]
    console.print(f"- on the same {same['docs']:,} documents ({same['words']:,} words): "
                  f"reportedly {same['reportedly_words_per_second']:,.0f} words/s vs "
                  f"quantulum3 {same['quantulum3_words_per_second']:,.0f} words/s = "
                  f"{same['ratio']:.1f}x")
    mem = s["memory"]
    strings = ""
    if mem["spacy_strings_quarter"] and mem["spacy_strings_full"]:
        (q0, q1), (f0, f1) = mem["spacy_strings_quarter"], mem["spacy_strings_full"]
        strings = f"; spaCy string store {q0:,}->{q1:,} (1/4), {f0:,}->{f1:,} (all)"
    verdict = "flat" if mem["flat"] else "NOT flat"
    console.print(f"- memory after warm-up: peak RSS growth {mem['quarter_growth_mib']:.1f} MiB "
                  f"on 1/4 of the corpus, {mem['full_growth_mib']:.1f} MiB on all of it: "
                  f"{verdict} (test: all <= 1.5 x quarter + 4 MiB){strings}")
    if strings:
        console.print("  (spaCy's string store keeps every new token text, numbers included: "
                      "it grows with the text seen, slowly, for the life of the process)")
    labels = {"words_per_second": "words/s on one core",
              "ratio_vs_quantulum3": "words/s ratio vs quantulum3",
              "attribution_keeps": "share of figures-only speed kept with attribution"}
    for name, t in s["targets"].items():
        label = labels[name]
        if name == "attribution_keeps":
            i = s["attribution_interleaved"]
            console.print(f"- with and without attribution, document by document (best of 3): "
                          f"{i['full_words_per_second']:,.0f} vs "
                          f"{i['figures_words_per_second']:,.0f} words/s")
        value = f"{t['value']:,.0f}" if name == "words_per_second" else f"{t['value']:.2f}x"
        target = f"{t['target']:,}" if name == "words_per_second" else f"{t['target']:.1f}x"
        verdict = "[green]met[/green]" if t["met"] else "[red]not met[/red]"
        console.print(f"target {label} >= {target}: {value} -> {verdict}")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=200_000, help="corpus size in words")
    ap.add_argument("--seed", type=int, default=20250301, help="corpus generator seed")
    ap.add_argument("--quantulum-budget", type=float, default=60.0,
                    help="seconds quantulum3 may run before its rate is extrapolated")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON")
    ap.add_argument("--pin", action="store_true", help="pin each worker to one CPU")
    ap.add_argument("--profile", action="store_true",
                    help="only cProfile reportedly.extract over the corpus")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        worker(args.worker, args.words, args.seed, args.quantulum_budget, args.pin)
        return 0
    corpus = build_corpus(args.words, args.seed)
    if args.profile:
        profile(corpus)
        return 0
    runs = {kind: spawn(kind, args)
            for kind in ("reportedly-quarter", "reportedly-full", "reportedly-figures",
                         "quantulum3")}
    summary = summarize(runs, corpus, args.seed)
    if args.json:
        json.dump(summary, sys.stdout, indent=2)
        print()
    else:
        print_report(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
