"""SVG charts of a series: marks, shapes, colours, escaping, axes, sparklines."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from itertools import count

import pytest

from reportedly import analysis
from reportedly.web import charts

NS = {"svg": "http://www.w3.org/2000/svg"}
HOSTILE = "<script>alert(1)</script>"
_ids = count(1)


def claim(low, high, source="NIS", as_of="2025-02-27", *, qualifier=None, via=(), copy=False,
          text=None, unit=None):
    """A figure as the ledger gives it."""
    if qualifier is None:
        qualifier = ("exact" if low == high else "range" if None not in (low, high)
                     else "more_than" if high is None else "at_most")
    number = next(_ids)
    return {"id": number, "source": source, "via": list(via), "low": low, "high": high,
            "qualifier": qualifier, "unit": unit, "text": text or f"figure {number}",
            "as_of": as_of, "published": None, "document": f"doc-{number}", "copy": copy,
            "status": "active"}


def chart(claims, **kwargs):
    report = analysis.report({"id": 1, "name": "Displaced"}, claims)
    svg = charts.series_chart(report, **kwargs)
    return report, svg, ET.fromstring(svg)


def marks(root):
    return root.findall(".//svg:a/svg:g", NS)


def classes(element):
    return set(element.get("class", "").split())


def mixed():
    return [claim(11000, None, "NIS", "2024-12"),
            claim(12000, 12000, "UN", "2025-01-15", via=["Reuters"]),
            claim(None, 4000, None, "2025-02-01"),
            claim(9000, 15000, "IOM", "2025-03-10", copy=True),
            claim(20000, 20000, "NIS", None)]


def test_one_mark_per_point_linking_to_its_figure():
    report, _, root = chart(mixed())
    found = marks(root)
    assert len(found) == len(report.timeline) == 5
    assert [g.get("data-figure") for g in found] == [str(p.id) for p in report.timeline]
    links = root.findall(".//svg:a", NS)
    assert [a.get("href") for a in links] == [f"/figures/{p.id}" for p in report.timeline]
    assert all(a.get("class") == "mark-link" for a in links)
    assert root.get("role") == "img" and "Displaced" in root.get("aria-label")
    _, _, other = chart(mixed(), href=lambda i: f"/f?id={i}&x=1")
    assert other.find(".//svg:a", NS).get("href").startswith("/f?id=")


@pytest.mark.parametrize(("low", "high", "shape", "parts"), [
    (12000, 12000, "point", {"circle"}),
    (28000, 35000, "range", {"line", "circle"}),
    (11000, None, "open-up", {"circle", "line", "polygon"}),
    (None, 4000, "open-down", {"line", "polygon"}),
])
def test_shape_per_interval(low, high, shape, parts):
    _, _, root = chart([claim(low, high, as_of="2025-02-27")])
    (mark,) = marks(root)
    assert classes(mark) == {"mark", shape}
    assert parts <= {child.tag.split("}")[1] for child in mark}
    assert mark.find("svg:title", NS) is not None


def test_arrows_point_the_right_way():
    _, _, root = chart([claim(11000, None), claim(None, 4000)])
    up, down = marks(root)
    tip_up = min(float(v.split(",")[1]) for v in up.find("svg:polygon", NS).get("points").split())
    circle = float(up.find("svg:circle", NS).get("cy"))
    assert tip_up < circle  # SVG y grows downwards: up is smaller
    tip_down = max(float(v.split(",")[1])
                   for v in down.find("svg:polygon", NS).get("points").split())
    cap = float(down.find("svg:line", NS).get("y1"))
    assert tip_down > cap


def test_range_bar_spans_low_to_high():
    _, _, root = chart([claim(0, 0, "A"), claim(28000, 35000, "B")])
    bar = marks(root)[1].find("svg:line", NS)
    low, high = float(bar.get("y1")), float(bar.get("y2"))
    assert low > high  # the low end is lower on the page
    point = float(marks(root)[0].find("svg:circle", NS).get("cy"))
    assert point > low  # 0 lies below 28,000


def test_relayed_and_copies_are_marked():
    _, _, root = chart(mixed())
    by_claimant = {g.get("data-claimant"): g for g in marks(root)}
    relayed = by_claimant["UN"]
    assert "relayed" in classes(relayed) and relayed.get("stroke-dasharray")
    assert relayed.get("fill") == "#ffffff"
    assert "copy" in classes(by_claimant["IOM"]) and by_claimant["IOM"].get("opacity")
    assert not classes(by_claimant["NIS"]) & {"relayed", "copy"}
    assert by_claimant[""].get("fill") == charts.UNATTRIBUTED  # own voice


def test_tooltip_names_text_claimant_relays_and_time():
    _, _, root = chart([claim(12000, 12000, "UN", "2025-01-15", via=["Reuters", "AP"],
                              text="around 12,000")])
    title = marks(root)[0].find("svg:title", NS).text
    for part in ("around 12,000", "UN", "Reuters, AP", "2025-01-15"):
        assert part in title


def test_one_distinct_colour_per_claimant():
    names = [f"claimant {k}" for k in range(20)]
    claims = [claim(1000 + k, 1000 + k, name, f"2025-01-{k + 1:02d}")
              for k, name in enumerate(names)]
    claims += [claim(5000, 5000, "claimant 3", "2025-02-01"), claim(7, 7, None, "2025-02-02")]
    report, _, root = chart(claims)
    colours = charts.claimant_colours(report.timeline)
    assert list(colours)[:20] == names  # by first appearance
    assert len(set(colours.values())) == len(colours) == 21
    assert list(colours.values())[:len(charts.PALETTE)] == list(charts.PALETTE)
    assert colours[None] == charts.UNATTRIBUTED
    assert all(re.fullmatch(r"#[0-9A-Fa-f]{6}", c) for c in colours.values())
    seen: dict[str, set[str]] = {}
    for mark in marks(root):
        seen.setdefault(mark.get("data-claimant"), set()).add(mark.get("stroke"))
    assert all(len(c) == 1 for c in seen.values())
    assert len({c for cs in seen.values() for c in cs}) == len(seen) == 21


def test_colours_never_repeat_for_many_claimants():
    points = [analysis.Point(claim(1, 1, f"c{k}"), None) for k in range(500)]
    assert len(set(charts.claimant_colours(points).values())) == 500


def test_legend_follows_colours():
    report, _, _ = chart(mixed())
    assert charts.legend(report) == [("NIS", charts.PALETTE[0], 2), ("UN", charts.PALETTE[1], 1),
                                     ("own voice", charts.UNATTRIBUTED, 1),
                                     ("IOM", charts.PALETTE[2], 1)]


def test_hostile_text_is_escaped():
    claims = [claim(1, 2, HOSTILE, text=f'"{HOSTILE}" & more', unit=HOSTILE),
              claim(3, 3, "ok", via=[HOSTILE])]
    report = analysis.report({"id": 1, "name": HOSTILE, "unit": HOSTILE}, claims)
    svg = charts.series_chart(report)
    assert "<script" not in svg and "&lt;script&gt;alert(1)&lt;/script&gt;" in svg
    root = ET.fromstring(svg)
    assert not root.findall(".//svg:script", NS) and not root.findall(".//script")
    first = marks(root)[0]
    assert first.get("data-claimant") == HOSTILE  # parsed back: the text, escaped in the source
    assert f'"{HOSTILE}" & more' in first.find("svg:title", NS).text
    assert HOSTILE in marks(root)[1].find("svg:title", NS).text
    assert [name for name, _, _ in charts.legend(report)] == [HOSTILE, "ok"]


def test_undated_points_get_their_own_lane():
    _, _, root = chart([claim(10, 10, "A", "2025-01-01"), claim(20, 20, "B", "2025-03-01"),
                          claim(30, 30, "C", None), claim(40, 40, "D", None)])
    assert root.find(".//svg:text[@class='undated']", NS).text == "undated"
    xs = [float(g.find("svg:circle", NS).get("cx")) for g in marks(root)]
    assert xs[0] < xs[1] < xs[2] < xs[3]  # undated at the right, after every dated point
    _, _, only = chart([claim(5, 5, "A", None)])
    assert len(marks(only)) == 1 and only.find(".//svg:text[@class='undated']", NS) is not None


def test_single_date_series():
    _, _, root = chart([claim(5, 5, "A", "2025-02-27"), claim(7, 9, "B", "2025-02-27")])
    assert len(marks(root)) == 2
    labels = [t.text for t in root.findall("svg:text", NS)]
    assert "27 Feb 2025" in labels
    xs = {float(g.find("svg:circle", NS).get("cx")) for g in marks(root)}
    assert len(xs) == 1 and 0 < xs.pop() < 760


def test_long_periods_draw_a_span_line():
    _, _, root = chart([claim(5, 5, "A", "2025-01"), claim(6, 6, "A", "2025-02-27")])
    month, day = marks(root)
    span = month.find("svg:line[@class='span']", NS)
    assert span is not None and float(span.get("x1")) < float(span.get("x2"))
    assert float(span.get("x2")) == float(month.find("svg:circle", NS).get("cx"))
    assert day.find("svg:line[@class='span']", NS) is None


def y_labels(root):
    return [float(t.text.replace(",", "")) for t in root.findall("svg:text[@text-anchor='end']",
                                                                  NS)]


@pytest.mark.parametrize("claims", [
    [claim(11000, None), claim(28000, 35000)],
    [claim(11000, None)],
    [claim(None, 4000), claim(12000, 12000)],
    [claim(0.2, 0.35)],
])
def test_y_axis_covers_the_highest_bound(claims):
    _, _, root = chart(claims)
    ticks = y_labels(root)
    highest = max(v for c in claims for v in (c["low"], c["high"]) if v is not None)
    assert ticks == sorted(ticks) and ticks[-1] > highest and ticks[0] <= 0


def test_y_axis_labels_use_thousands_separators():
    _, _, root = chart([claim(8000, 35000)])
    texts = [t.text for t in root.findall("svg:text[@text-anchor='end']", NS)]
    assert "10,000" in texts and "0" in texts


def test_y_axis_leaves_zero_when_values_are_far_above_it():
    ticks = charts.y_ticks(analysis.timeline([claim(1000, 1000), claim(1010, 1020)]))
    assert 990 <= ticks[0] < 1000 and ticks[-1] > 1020


def test_date_ticks():
    assert [t for _, t in charts.date_ticks(date(2025, 2, 27), date(2025, 2, 27))] == [
        "27 Feb 2025"]
    months = charts.date_ticks(date(2024, 11, 15), date(2025, 3, 31))
    assert [t for _, t in months] == ["Dec 2024", "Jan 2025", "Feb 2025", "Mar 2025"]
    years = charts.date_ticks(date(2015, 1, 1), date(2025, 6, 1))
    assert 2 <= len(years) <= 7 and all(d.month == 1 for d, _ in years)


def test_empty_series():
    svg = charts.series_chart(analysis.report({"id": 1, "name": "X"}, []))
    root = ET.fromstring(svg)
    assert "no figures in force" in svg and not marks(root)


@pytest.mark.parametrize("n", [0, 1, 2, 5])
def test_sparkline(n):
    claims = [claim(100 * k, 100 * k + (50 if k % 2 else 0), as_of=f"2025-01-{k + 1:02d}")
              for k in range(n)] + [claim(1, 1, HOSTILE, None)]
    svg = charts.sparkline(analysis.timeline(claims), width=100, height=20)
    root = ET.fromstring(svg)
    assert (root.get("class"), root.get("width"), root.get("height")) == ("sparkline", "100",
                                                                          "20")
    polylines, circles = root.findall("svg:polyline", NS), root.findall("svg:circle", NS)
    texts = [e for e in root.iter() if e.tag.endswith("}text")]
    assert not texts and HOSTILE not in svg
    if n == 0:
        assert len(root) == 0
    elif n == 1:
        assert len(circles) == 1 and not polylines
    else:
        assert len(polylines) == 1 and len(polylines[0].get("points").split()) == n
        bars = root.findall("svg:line", NS)
        assert len(bars) == n // 2  # the ranges
        xs = [float(p.split(",")[0]) for p in polylines[0].get("points").split()]
        assert xs == sorted(xs) and all(0 <= x <= 100 for x in xs)


def test_sparkline_of_one_day_shows_a_dot_per_value():
    claims = [claim(600, 600, as_of="2025-04-30"), claim(600, 600, as_of="2025-04-30"),
              claim(900, 900, as_of="2025-04-30")]
    root = ET.fromstring(charts.sparkline(analysis.timeline(claims)))
    assert not root.findall("svg:polyline", NS)
    assert len(root.findall("svg:circle", NS)) == 2
