"""Server-side SVG charts of a series' figures, for the web UI: no JavaScript, works offline.

:func:`series_chart` draws a series' timeline (:func:`reportedly.analysis.timeline`): x is the
time a figure speaks for (the end of its period, with a thin line back to its start when the
period is longer than a day; undated figures in a lane of their own at the right), y its value.
Each figure is one mark, a link to the figure, coloured by claimant (:func:`claimant_colours`):
a dot for one value, a bar with caps for a range, an arrow up or down for an open end. Relayed
figures are hollow and dashed, copies faint. :func:`sparkline` is a tiny inline chart.

Every text taken from the data is escaped; the results are strings of well-formed XML.
"""

from __future__ import annotations

import colorsys
import math
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from html import escape

from reportedly.analysis import Point, SeriesReport, value
from reportedly.render import UNITS, band, number

#: Colours given to claimants, in order of first appearance: Okabe–Ito, readable on white.
PALETTE: tuple[str, ...] = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
                            "#000000")
#: The colour of figures no claimant stands behind (an article's own voice).
UNATTRIBUTED = "#6b6b6b"
SVG = "http://www.w3.org/2000/svg"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: Length of the arrow of an open end, in pixels.
ARROW = 18
#: Margins of the plot: left (y labels go there), right, top, bottom (dates go there).
LEFT, RIGHT, TOP, BOTTOM = 56, 14, 18, 34
_GOLDEN = 137.50776405003785


def esc(text: object) -> str:
    """Text for SVG content or attributes, escaped (quotes included)."""
    return escape(str(text), quote=True)


def _generated(k: int) -> str:
    """The ``k``-th colour after the palette: golden-angle hues, three lightnesses."""
    hue = (k * _GOLDEN) % 360 / 360
    r, g, b = colorsys.hls_to_rgb(hue, (0.40, 0.30, 0.50)[k % 3], 0.75)
    return "#" + "".join(f"{round(c * 255):02X}" for c in (r, g, b))


def claimant_colours(points: Sequence[Point]) -> dict[str | None, str]:
    """A distinct colour per claimant, in order of first appearance: the :data:`PALETTE`, then
    generated colours that never repeat; ``None`` (own voice) is :data:`UNATTRIBUTED`."""
    found: dict[str | None, str] = {}
    used = {*PALETTE, UNATTRIBUTED}
    k = 0
    for point in points:
        name = point.claimant
        if name in found:
            continue
        if name is None:
            found[None] = UNATTRIBUTED
            continue
        named = len(found) - (None in found)
        if named < len(PALETTE):
            found[name] = PALETTE[named]
            continue
        while (colour := _generated(k)) in used:
            k += 1
        used.add(colour)
        found[name] = colour
    return found


def legend(report: SeriesReport) -> list[tuple[str, str, int]]:
    """``(claimant, colour, number of points)`` per claimant, in the order of the colours;
    the articles' own voice is ``own voice``."""
    counts = Counter(p.claimant for p in report.timeline)
    return [(name if name is not None else "own voice", colour, counts[name])
            for name, colour in claimant_colours(report.timeline).items()]


def _nice(raw: float) -> float:
    """A round step at least ``raw``: 1, 2, 2.5 or 5 times a power of ten."""
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if raw <= m * power * (1 + 1e-9))


def y_ticks(points: Sequence[Point]) -> list[float]:
    """Round values for the y axis, from 0 (or just below the lowest bound, when all values
    lie far above 0) to above the highest bound, with headroom for arrows of open ends."""
    bounds = [v for p in points for v in (p.low, p.high) if v is not None]
    lo, hi = (min(bounds), max(bounds)) if bounds else (0.0, 1.0)
    spread = hi - lo
    floor = lo - spread * 0.1 if spread > 0 and lo > 3 * spread else min(0.0, lo)
    opens = any(p.high is None and p.low is not None for p in points)
    room = (hi - floor) * (0.18 if opens else 0.06) or abs(hi) * 0.1 or 1.0
    step = _nice((hi + room - floor) / 5)
    first, last = math.floor(floor / step), math.ceil((hi + room) / step)
    return [round(k * step, 9) for k in range(first, last + 1)]


def date_ticks(lo: date, hi: date) -> list[tuple[date, str]]:
    """A few dates between ``lo`` and ``hi`` with labels: days for a short span, months (or
    years) for a longer one; one date for a span of one day."""
    days = (hi - lo).days
    if days <= 62:
        step = next(s for s in (1, 2, 7, 14, 31) if days / s <= 6)
        ticks = [lo + timedelta(days=k) for k in range(0, days + 1, step)]
        return [(d, f"{d.day} {MONTHS[d.month - 1]}" + (f" {d.year}" if i == 0 else ""))
                for i, d in enumerate(ticks)]
    months = (hi.year - lo.year) * 12 + hi.month - lo.month
    step = next((s for s in (1, 2, 3, 6, 12, 24, 60, 120) if months / s <= 6), 240)
    index = lo.year * 12 + lo.month - 1 + (lo.day > 1)  # the first 1st of a month from lo
    index += -index % step
    found = []
    while (d := date(index // 12, index % 12 + 1, 1)) <= hi:
        found.append((d, str(d.year) if step >= 12 else f"{MONTHS[d.month - 1]} {d.year}"))
        index += step
    return found


def _shape(point: Point) -> str:
    low, high = point.low, point.high
    if low is None and high is None:
        return "unknown"
    if low is not None and high is not None:
        return "point" if low == high else "range"
    return "open-up" if high is None else "open-down"


def tooltip(point: Point) -> str:
    """What a mark says on hover: the figure, its claimant, relays and time (unescaped)."""
    fig = point.figure
    said = band(point.low, point.high, fig.get("qualifier"), fig.get("unit"))
    lines = [f"{fig.get('text') or ''} ({said})".strip(),
             f"claimant: {point.claimant or 'own voice'}"]
    if point.relays:
        lines.append("via " + ", ".join(point.relays))
    lines.append(f"as of {point.time}" if point.period else "undated")
    lines += ["copy of an earlier report"] * point.copy
    lines += ["new high"] * point.new_high + ["new low"] * point.new_low
    return "\n".join(lines)


def _line(x1: float, y1: float, x2: float, y2: float, extra: str = "") -> str:
    return f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}"{extra}/>'


def _mark(point: Point, x: float, start: float | None, y: Callable[[float], float],
          base: float, colour: str, link: str) -> str:
    """One figure's mark: a link around a group of shapes with a ``<title>``."""
    shape, low, high = _shape(point), point.low, point.high
    classes = " ".join(["mark", shape] + ["relayed"] * bool(point.relays)
                       + ["copy"] * point.copy)
    attrs = (f'class="{classes}" data-figure="{esc(point.id or "")}" '
             f'data-claimant="{esc(point.claimant or "")}" '
             f'fill="{"#ffffff" if point.relays else colour}" stroke="{colour}" '
             f'stroke-width="1.5"' + ' stroke-dasharray="3 2"' * bool(point.relays)
             + ' opacity="0.45"' * point.copy)
    parts = [f"<title>{esc(tooltip(point))}</title>"]
    level = point.value
    if start is not None and level is not None:
        parts.append(_line(start, y(level), x, y(level), ' class="span" stroke-width="1"'))
    if shape == "range" and low is not None and high is not None:
        a, b = y(low), y(high)
        parts.append(_line(x, a, x, b))
        parts += [_line(x - 4, v, x + 4, v) for v in (a, b)]
        parts += [f'<circle cx="{x:.1f}" cy="{v:.1f}" r="2.5"/>' for v in (a, b)]
        top, bottom = min(a, b), max(a, b)
    elif shape == "open-up" and low is not None:
        a = y(low)
        top, bottom = a - ARROW - 6, a
        parts += [f'<circle cx="{x:.1f}" cy="{a:.1f}" r="3.5"/>', _line(x, a, x, a - ARROW),
                  f'<polygon points="{x:.1f},{top:.1f} {x - 4:.1f},{a - ARROW:.1f} '
                  f'{x + 4:.1f},{a - ARROW:.1f}"/>']
    elif shape == "open-down" and high is not None:
        b = y(high)
        top, bottom = b, b + ARROW + 6
        parts += [_line(x - 4, b, x + 4, b), _line(x, b, x, b + ARROW),
                  f'<polygon points="{x:.1f},{bottom:.1f} {x - 4:.1f},{b + ARROW:.1f} '
                  f'{x + 4:.1f},{b + ARROW:.1f}"/>']
    else:
        top = bottom = base if level is None else y(level)
        parts.append(f'<circle cx="{x:.1f}" cy="{top:.1f}" r="4"'
                     + ' fill="none"' * (level is None) + "/>")
    if point.new_high:
        parts.append(f'<text class="new-high" x="{x:.1f}" y="{top - 7:.1f}" stroke="none" '
                     f'fill="{colour}" text-anchor="middle" font-size="9">▲</text>')
    if point.new_low:
        parts.append(f'<text class="new-low" x="{x:.1f}" y="{bottom + 14:.1f}" stroke="none" '
                     f'fill="{colour}" text-anchor="middle" font-size="9">▼</text>')
    return (f'<a href="{esc(link)}" class="mark-link"><g {attrs}>{"".join(parts)}</g></a>')


def series_chart(report: SeriesReport, *, width: int = 760, height: int = 320,
                 href: Callable[[int], str] = lambda i: f"/figures/{i}") -> str:
    """A series' figures as an SVG chart (see the module's notes); ``href`` gives the link of a
    figure by its id. An empty series gives a small SVG saying so."""
    points = report.timeline
    head = f'<svg xmlns="{SVG}" class="series-chart" font-family="system-ui, sans-serif" '
    if not points:
        return (head + f'viewBox="0 0 {width} 48" role="img" aria-label="no figures in force">'
                f'<text x="{width / 2:.0f}" y="28" text-anchor="middle" fill="#555">'
                "no figures in force</text></svg>")
    colours = claimant_colours(points)
    ticks = y_ticks(points)
    labels = [number(t) for t in ticks]
    left = max(LEFT, 12 + 6.5 * max(len(s) for s in labels))
    right, bottom = width - RIGHT, height - BOTTOM
    dated = [p for p in points if p.period is not None]
    undated = [p for p in points if p.period is None]
    lane = 0.0
    if undated:
        lane = min(max(60, 16 * len(undated)), (right - left) / 3) if dated else right - left
    plot_right = right - lane

    def y(v: float) -> float:
        return bottom - (v - ticks[0]) / (ticks[-1] - ticks[0]) * (bottom - TOP)

    n, k = len(points), len(colours)
    label = (f"{report.name or 'series'}: {n} figure{'s' * (n != 1)}, "
             f"{k} claimant{'s' * (k != 1)}")
    out = [head + f'viewBox="0 0 {width} {height}" role="img" aria-label="{esc(label)}" '
           'font-size="11">']
    unit = report.series.get("unit")
    if unit:
        out.append(f'<text x="4" y="11" fill="#555">{esc(UNITS.get(unit, unit).strip())}</text>')
    for tick, text in zip(ticks, labels, strict=True):
        out.append(_line(left, y(tick), right, y(tick), ' stroke="#e6e6e6"'))
        out.append(f'<text x="{left - 6:.1f}" y="{y(tick) + 4:.1f}" text-anchor="end" '
                   f'fill="#555">{text}</text>')
    out.append(_line(left, bottom, right, bottom, ' stroke="#999"'))
    periods = [p.period for p in dated if p.period is not None]
    lo = min((s for s, _ in periods), default=date.today())
    hi = max((e for _, e in periods), default=lo)
    pad = max(1.0, (hi - lo).days * 0.03)
    origin, span = lo.toordinal() - pad, (hi - lo).days + 2 * pad

    def x_of(d: date) -> float:
        return left + 4 + (d.toordinal() - origin) / span * (plot_right - left - 8)

    if dated:
        for d, text in date_ticks(lo, hi):
            out.append(_line(x_of(d), bottom, x_of(d), bottom + 4, ' stroke="#999"'))
            out.append(f'<text x="{x_of(d):.1f}" y="{bottom + 16}" text-anchor="middle" '
                       f'fill="#555">{text}</text>')
    if undated:
        out.append(_line(plot_right, TOP, plot_right, bottom,
                         ' stroke="#bbb" stroke-dasharray="2 3"'))
        out.append(f'<text class="undated" x="{plot_right + lane / 2:.1f}" y="{bottom + 16}" '
                   'text-anchor="middle" fill="#555">undated</text>')
    slot = iter(plot_right + (i + 0.5) * lane / max(1, len(undated)) for i in range(n))
    for point in points:
        colour = colours[point.claimant]
        link = href(point.id) if point.id is not None else "#"
        if point.period is None:
            out.append(_mark(point, next(slot), None, y, bottom, colour, link))
            continue
        start, end = point.period
        long = (end - start).days >= 1
        out.append(_mark(point, x_of(end), x_of(start) if long else None, y, bottom, colour,
                         link))
    return "".join(out) + "</svg>"


def sparkline(points: Sequence[Point], *, width: int = 120, height: int = 28) -> str:
    """A tiny SVG of dated points' values in time order: a line through them, ranges as faint
    bars, one point as a dot; no points give an empty SVG of the same size."""
    dated = sorted(((p.period[1].toordinal(), v, p) for p in points
                    if p.period is not None and (v := value(p.figure)) is not None),
                   key=lambda row: row[0])
    out = [f'<svg xmlns="{SVG}" class="sparkline" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img"']
    if not dated:
        return "".join(out) + ' aria-label="no figures"></svg>'
    first, last = dated[0][1], dated[-1][1]
    title = (f"{len(dated)} figures, {number(first)} to {number(last)}" if len(dated) > 1
             else f"1 figure: {number(first)}")
    out.append(f' aria-label="{esc(title)}"><title>{esc(title)}</title>')
    bounds = [v for _, _, p in dated for v in (p.low, p.high) if v is not None]
    lo, hi = min(bounds), max(bounds)
    t0, t1 = dated[0][0], dated[-1][0]

    def x(t: int) -> float:
        return width / 2 if t1 == t0 else 3 + (t - t0) / (t1 - t0) * (width - 6)

    def y(v: float) -> float:
        return height / 2 if hi == lo else height - 3 - (v - lo) / (hi - lo) * (height - 6)

    for t, _, p in dated:
        if p.low is not None and p.high is not None and p.low != p.high:
            out.append(_line(x(t), y(p.low), x(t), y(p.high),
                             ' stroke="#0072B2" stroke-opacity="0.3" stroke-width="3"'))
    if t1 == t0:  # one day: a dot per value (a line would have no length)
        out += [f'<circle cx="{x(t0):.1f}" cy="{y(v):.1f}" r="2.5" fill="#0072B2"/>'
                for v in sorted({v for _, v, _ in dated})]
    else:
        path = " ".join(f"{x(t):.1f},{y(v):.1f}" for t, v, _ in dated)
        out.append(f'<polyline points="{path}" fill="none" stroke="#0072B2" '
                   'stroke-width="1.5"/>')
    return "".join(out) + "</svg>"
