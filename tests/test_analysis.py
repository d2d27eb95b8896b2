"""Series analytics on figures written out by hand: no database, no extraction."""

from __future__ import annotations

from datetime import date
from itertools import count

import pytest

from reportedly import analysis

_ids = count(1)


def fig(low, high, source=None, published="2025-03-10", *, qualifier=None, as_of=None,
        via=(), copy=False, status="active", document=None, unit=None):
    """A figure as the ledger gives it (only the keys the analytics read)."""
    if qualifier is None:
        qualifier = ("exact" if low == high else "range" if None not in (low, high)
                     else "more_than" if high is None else "at_most")
    number = next(_ids)
    return {"id": number, "low": low, "high": high, "qualifier": qualifier, "unit": unit,
            "source": source, "via": list(via), "copy": copy, "as_of": as_of,
            "published": published, "document": document or f"doc-{number}",
            "status": status, "text": f"figure {number}"}


# -- time --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("as_of", "published", "expected"), [
    ("2025-02-27", None, (date(2025, 2, 27), date(2025, 2, 27))),
    ("2024-08", "2025-02-27", (date(2024, 8, 1), date(2024, 8, 31))),
    ("2024-02", None, (date(2024, 2, 1), date(2024, 2, 29))),
    ("2025", None, (date(2025, 1, 1), date(2025, 12, 31))),
    ("2025-01/2025-02", None, (date(2025, 1, 1), date(2025, 2, 28))),
    (None, "2025-02-27", (date(2025, 2, 27), date(2025, 2, 27))),
    (None, None, None),
    ("last August", None, None),
])
def test_period(as_of, published, expected):
    assert analysis.period({"as_of": as_of, "published": published}) == expected


@pytest.mark.parametrize(("a", "b", "expected"), [
    ({"published": "2025-03-10"}, {"published": "2025-03-24"}, True),   # 14 days apart
    ({"published": "2025-03-10"}, {"published": "2025-03-25"}, False),  # 15 days
    ({"as_of": "2025-01/2025-02"}, {"published": "2025-03-10"}, True),  # period ends Feb 28
    ({"as_of": "2024-08"}, {"published": "2025-02-27"}, False),
    ({"published": None}, {"published": "2025-03-10"}, False),         # undated: no known time
])
def test_same_time(a, b, expected):
    assert analysis.same_time(a, b) is expected
    assert analysis.same_time(b, a) is expected


@pytest.mark.parametrize(("a", "b", "expected"), [
    ((1000, 3000), (2000, 2000), True),
    ((1000, 3000), (3000, None), True),    # touching ends overlap
    ((11000, None), (None, 10000), False),
    ((11000, None), (12000, 12000), True),
    ((None, 5000), (18000, 22000), False),
])
def test_overlap(a, b, expected):
    one, other = dict(zip(("low", "high"), a, strict=True)), dict(zip(("low", "high"), b,
                                                                      strict=True))
    assert analysis.overlap(one, other) is expected
    assert analysis.overlap(other, one) is expected


# -- timeline ----------------------------------------------------------------------------------


def test_timeline_orders_by_as_of_else_publication_and_keeps_open_ends():
    later = fig(400, 400, published="2025-02-27")
    earlier = fig(1000, None, published="2025-02-27", as_of="2024-08")  # dated by its as-of
    undated = fig(500, 500, published=None)
    middle = fig(None, 700, published="2024-12-01")
    points = analysis.timeline([later, undated, middle, earlier])
    assert [p.figure for p in points] == [earlier, middle, later, undated]
    assert [(p.low, p.high) for p in points] == [(1000, None), (None, 700), (400, 400),
                                                 (500, 500)]
    assert [p.time for p in points] == ["2024-08", "2024-12-01", "2025-02-27", ""]


def test_new_high_and_new_low():
    points = analysis.timeline([
        fig(12000, 12000, "HUR", "2025-01-01"),
        fig(11000, None, "NIS", "2025-01-02"),      # "more than 11,000": no new low
        fig(14000, 15000, "HUR", "2025-01-03"),     # wholly above every level so far
        fig(None, 9000, "Pentagon", "2025-01-04"),  # "up to 9,000": wholly below
        fig(13000, 13000, "NIS", "2025-01-05"),     # within what was said: neither
    ])
    assert [(p.new_high, p.new_low) for p in points] == [
        (False, False), (False, False), (True, False), (False, True), (False, False)]


def test_statuses_left_out():
    kept = fig(10, 10, "A")
    gone = [fig(1, 1, "B", status=s) for s in ("wrong", "retracted", "superseded")]
    moved = fig(20, 20, "C", status="moved")  # counts in the series it was moved to
    report = analysis.report({"id": 1, "name": "s"}, [kept, *gone, moved])
    assert [p.figure for p in report.timeline] == [kept, moved]
    assert [c["status"] for c in report.left_out] == ["wrong", "retracted", "superseded"]
    assert report.independence.claimants == ["A", "C"]


# -- independence ------------------------------------------------------------------------------


def test_relays_count_for_their_claimant_and_copies_not_again():
    points = analysis.timeline([
        fig(100, 100, "Red Crescent", "2025-03-01"),
        fig(120, 120, "Red Crescent", "2025-03-05", via=["Meridian Post"]),
        fig(120, 120, "Red Crescent", "2025-03-06", copy=True),
        fig(40, 40, "Ministry", "2025-03-07"),
        fig(60, 60, None, "2025-03-08"),
    ])
    ind = analysis.independence(points)
    assert ind.claimants == ind.independent == ["Ministry", "Red Crescent"]
    assert (ind.reports, ind.figures, ind.relayed, ind.copies, ind.unattributed) == (5, 5, 1,
                                                                                     1, 1)
    assert ind.summary == "5 reports, 2 independent claimants"


def test_a_claimant_seen_only_in_copies_is_not_independent():
    ind = analysis.independence(analysis.timeline([
        fig(1, 1, "A"), fig(2, 2, "B", copy=True)]))
    assert (ind.claimants, ind.independent) == (["A", "B"], ["A"])
    assert ind.summary == "2 reports, 1 independent claimant"


def test_reports_count_documents():
    ind = analysis.independence(analysis.timeline([
        fig(1000, 3000, "media", document="seed"), fig(1000, 3000, "media", document="seed")]))
    assert ind.reports == 1 and ind.figures == 2 and ind.summary.startswith("1 report,")


def test_latest_by_claimant_prefers_the_claimants_own_report_to_a_later_copy():
    own = fig(30000, 35000, "RC", "2025-04-18")
    copied = fig(30000, 35000, "RC", "2025-04-19", copy=True)
    latest = analysis.latest_by_claimant(analysis.timeline([own, copied]))
    assert latest["RC"].figure == own


# -- consensus ---------------------------------------------------------------------------------


def test_band_is_the_intersection_where_the_latest_estimates_overlap():
    band = analysis.consensus(analysis.timeline([
        fig(11000, None, "NIS", "2025-02-27"), fig(12000, 12000, "HUR", "2025-02-27")]))
    assert (band.low, band.high, band.kind) == (12000, 12000, "overlap")
    assert sorted(band.claimants) == ["HUR", "NIS"]


def test_band_is_the_spread_where_they_do_not():
    band = analysis.consensus(analysis.timeline([
        fig(30000, 35000, "RC", "2025-04-18"), fig(28000, 28000, "Ministry", "2025-04-22")]))
    assert (band.low, band.high, band.kind, band.as_of) == (28000, 35000, "spread", "2025-04-22")


def test_a_spread_with_an_open_end_stays_open():
    band = analysis.consensus(analysis.timeline([
        fig(11000, None, "NIS"), fig(None, 10000, "Pentagon")]))
    assert (band.low, band.high, band.kind) == (None, None, "spread")


def test_band_uses_each_claimants_latest_estimate_at_the_latest_time():
    band = analysis.consensus(analysis.timeline([
        fig(5000, 5000, "Ministry", "2025-01-01"),   # superseded by its own later estimate
        fig(9000, 9000, "Ministry", "2025-03-01"),   # a month before the newest: out
        fig(20000, 20000, "RC", "2025-03-20"),
        fig(18000, 25000, "UN", "2025-04-01"),
    ]))
    assert (band.low, band.high, band.kind) == (20000, 20000, "overlap")
    assert band.claimants == ["RC", "UN"]


def test_one_estimate_is_a_single_band_and_no_figures_no_band():
    band = analysis.consensus(analysis.timeline([fig(None, 4000, "Ukrainian reports")]))
    assert (band.low, band.high, band.kind, band.qualifier) == (None, 4000, "single", "at_most")
    assert analysis.consensus([]) is None


# -- conflicts and change ----------------------------------------------------------------------


def test_conflicts_are_different_claimants_at_the_same_time_apart():
    rc = fig(18000, 22000, "RC", "2025-03-10")
    ministry = fig(None, 5000, "Ministry", "2025-03-12")
    relayed = fig(20000, 20000, "RC", "2025-03-14", via=["Meridian Post"])
    copied = fig(20000, 20000, "RC", "2025-03-15", copy=True)
    own_voice = fig(1000, 1000, None, "2025-03-12")
    later = fig(9000, 9000, "Ministry", "2025-04-20")
    found = analysis.conflicts(analysis.timeline([rc, ministry, relayed, copied, own_voice,
                                                  later]))
    assert [(c.a.figure, c.b.figure) for c in found] == [(rc, ministry), (ministry, relayed)]


def test_change_over_time_is_not_a_conflict():
    points = analysis.timeline([
        fig(1000, None, None, "2025-02-27", as_of="2024-08", unit="km2"),
        fig(400, 400, None, "2025-02-27", unit="km2"),
        fig(None, 5000, "Ministry", "2025-03-12"),
        fig(9000, 9000, "Ministry", "2025-03-31"),
        fig(12000, 12000, "RC", "2025-02-20"),  # far from the Ministry's: no conflict either
    ])
    assert analysis.conflicts(points) == []
    changes = analysis.changes(points)
    assert [(c.claimant, c.direction, c.before.low, c.after.low) for c in changes] == [
        (None, "down", 1000, 400), ("Ministry", "up", None, 9000)]


def test_changes_skip_repeats_and_copies_and_name_revisions():
    points = analysis.timeline([
        fig(18000, 22000, "RC", "2025-03-10"),
        fig(18000, 22000, "RC", "2025-03-11"),             # the same estimate again
        fig(20000, 20000, "RC", "2025-03-14"),             # narrowed around the same level
        fig(30000, 30000, "RC", "2025-03-20", copy=True),  # a copy is not the claimant moving
    ])
    assert [c.direction for c in analysis.changes(points)] == ["revised"]


# -- the report --------------------------------------------------------------------------------


def test_report_as_dict():
    series = {"id": 7, "key": "k", "name": "displaced", "flow": 0, "pinned": 1}
    claims = [fig(18000, 22000, "RC", "2025-03-10"), fig(None, 5000, "Ministry", "2025-03-12"),
              fig(1, 1, "X", status="wrong")]
    data = analysis.report(series, claims).as_dict()
    assert data["id"] == 7 and data["flow"] is False and data["pinned"] is True
    assert data["claimants"] == ["Ministry", "RC"] and data["independent_claimants"] == 2
    assert data["conflicts"] == 1
    assert [data["conflict_pairs"][0][k]["source"] for k in ("a", "b")] == ["RC", "Ministry"]
    assert data["band"]["kind"] == "spread"
    assert (data["band"]["low"], data["band"]["high"]) == (None, 22000)
    assert data["latest"]["source"] == "Ministry"
    assert set(data["latest_by_claimant"]) == {"Ministry", "RC"}
    assert data["left_out"] == [{"id": claims[2]["id"], "status": "wrong"}]
    assert [(f["new_high"], f["new_low"]) for f in data["figures"]] == [(False, False),
                                                                        (False, True)]
    assert data["summary"] == "2 reports, 2 independent claimants"


def test_conflicts_found_by_the_sweep_are_every_pair_in_timeline_order():
    import random
    from itertools import combinations

    rng = random.Random(7)
    claims = []
    for _ in range(300):
        low = rng.randrange(0, 1000)
        high = None if rng.random() < 0.2 else low + rng.choice((0, 0, 50, 200))
        day = date(2024, 1, 1).toordinal() + rng.randrange(0, 400)
        iso = date.fromordinal(day).isoformat()
        as_of = rng.choice((iso, iso[:7], None))
        published = None if rng.random() < 0.05 else date.fromordinal(day + 3).isoformat()
        claims.append(fig(low, high, rng.choice(("A", "B", "C", None)), published=published,
                          as_of=as_of,
                          copy=rng.random() < 0.1))
    points = analysis.timeline(claims)
    named = [p for p in points if p.claimant is not None and not p.copy]
    expected = [(a.id, b.id) for a, b in combinations(named, 2)
                if a.claimant != b.claimant and analysis.same_time(a.figure, b.figure)
                and not analysis.overlap(a.figure, b.figure)]
    found = [(c.a.id, c.b.id) for c in analysis.conflicts(points)]
    assert len(expected) > 100 and found == expected
