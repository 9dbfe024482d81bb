"""Geometry for the pictures the dashboard draws itself: the timeline and the sector heat map.

Only numbers and labels come out of here; the templates draw them (inline SVG, a table), so
every label is escaped by the template engine like any other text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from accord.read import RecordView, TimelineView

LANES: tuple[str, ...] = ("meeting", "signing", "deadline")
WIDTH = 960
LANE_HEIGHT = 56
LEFT = 96  # room for the lane names
RIGHT = 24
TOP = 16
AXIS = 36  # room for the axis labels under the lanes
HEAT_STEPS = 5


@dataclass(frozen=True, slots=True)
class Dot:
    """One event placed on the chart."""

    x: float
    y: float
    event: TimelineView
    anchor: str  # the id of the event's row in the table under the chart


@dataclass(frozen=True, slots=True)
class Tick:
    """One labelled mark on the time axis."""

    x: float
    label: str


@dataclass(frozen=True, slots=True)
class TimelineChart:
    """Everything the timeline template needs to draw the SVG."""

    width: int
    height: int
    left: int
    right: int
    lanes: tuple[tuple[str, float], ...]  # lane name and the y of its line
    ticks: tuple[Tick, ...]
    dots: tuple[Dot, ...]
    axis_y: float


def _span(days: list[date]) -> tuple[date, date]:
    lo, hi = min(days), max(days)
    if hi - lo < timedelta(days=14):
        # a single day (or a fortnight) still gets a readable width around it
        lo, hi = lo - timedelta(days=7), hi + timedelta(days=7)
    return lo, hi


def _ticks(lo: date, hi: date, scale: float) -> tuple[Tick, ...]:
    months = (hi.year - lo.year) * 12 + hi.month - lo.month
    step = max(1, -(-months // 8))  # at most about eight labels
    out: list[Tick] = []
    year, month = lo.year, lo.month
    while (year, month) <= (hi.year, hi.month):
        day = date(year, month, 1)
        if day >= lo:
            out.append(Tick(LEFT + (day - lo).days * scale, day.strftime("%b %Y")))
        month += step
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return tuple(out)


def timeline_chart(events: list[TimelineView]) -> TimelineChart | None:
    """Return the chart of a pair's events on three lanes over time, or None when there are none."""
    if not events:
        return None
    lo, hi = _span([e.when for e in events])
    scale = (WIDTH - LEFT - RIGHT) / max(1, (hi - lo).days)
    lane_y = {name: TOP + LANE_HEIGHT * (i + 0.5) for i, name in enumerate(LANES)}
    stacked: Counter[tuple[str, date]] = Counter()
    dots = []
    for i, e in enumerate(events):
        # events of one lane on one day are stacked so none hides another
        n = stacked[(e.kind, e.when)]
        stacked[(e.kind, e.when)] += 1
        y = lane_y.get(e.kind, lane_y["meeting"]) + (n % 5 - 2) * 8
        dots.append(Dot(LEFT + (e.when - lo).days * scale + (n // 5) * 6, y, e, f"event-{i}"))
    axis_y = TOP + LANE_HEIGHT * len(LANES)
    return TimelineChart(WIDTH, int(axis_y + AXIS), LEFT, RIGHT, tuple(lane_y.items()),
                         _ticks(lo, hi, scale), tuple(dots), axis_y)


@dataclass(frozen=True, slots=True)
class SectorMatrix:
    """Instruments counted per sector and year, with a heat step (0–5) per cell."""

    years: tuple[int, ...]
    rows: tuple[tuple[str, tuple[tuple[int, int], ...], int], ...]  # sector, (count, step) per year, total
    undated: int


def instrument_year(view: RecordView) -> int | None:
    """Return the year an instrument dates from (its date, else when first reported)."""
    f = view.record.fields
    text = str(f.get("date") or f.get("first_reported") or "")
    return int(text[:4]) if text[:4].isdigit() else None


def sector_matrix(views: list[RecordView]) -> SectorMatrix:
    """Return the sector × year matrix of instruments, busiest sectors first."""
    counts: Counter[tuple[str, int]] = Counter()
    undated = 0
    for v in views:
        year = instrument_year(v)
        if year is None:
            undated += 1
            continue
        for sector in v.record.fields.get("sectors") or ["(no sector)"]:
            counts[(str(sector), year)] += 1
    years = tuple(range(min(y for _, y in counts), max(y for _, y in counts) + 1)) if counts else ()
    peak = max(counts.values(), default=1)
    totals: Counter[str] = Counter()
    for (sector, _), n in counts.items():
        totals[sector] += n
    def cells(sector: str) -> tuple[tuple[int, int], ...]:
        # the step rounds up, so a cell with a single instrument is never blank
        return tuple((counts[(sector, y)], -(-counts[(sector, y)] * HEAT_STEPS // peak)) for y in years)

    rows = tuple((sector, cells(sector), total)
                 for sector, total in sorted(totals.items(), key=lambda x: (-x[1], x[0])))
    return SectorMatrix(years, rows, undated)


BAR_WIDTH = 640
BAR_LEFT = 140  # room for the row names
BAR_HEIGHT = 22
BAR_GAP = 8
BAR_RIGHT = 48  # room for the count after the longest bar


@dataclass(frozen=True, slots=True)
class Bar:
    """One row of a bar chart: its name, its count and where its bar ends."""

    name: str
    label: str
    value: int
    y: float
    length: float


@dataclass(frozen=True, slots=True)
class BarChart:
    """Counts drawn as horizontal bars, one row per name, in the order given."""

    width: int
    height: int
    left: int
    bar_height: int
    bars: tuple[Bar, ...]

    @property
    def total(self) -> int:
        """Return the sum of the counts."""
        return sum(b.value for b in self.bars)


def bar_chart(counts: dict[str, int], labels: dict[str, str] | None = None,
              keep: tuple[str, ...] = ()) -> BarChart:
    """Return the bars of `counts` (rows with nothing dropped, except the names in `keep`)."""
    rows = [(name, n) for name, n in counts.items() if n or name in keep]
    peak = max((n for _, n in rows), default=0) or 1
    scale = (BAR_WIDTH - BAR_LEFT - BAR_RIGHT) / peak
    bars = tuple(Bar(name, (labels or {}).get(name, name.replace("_", " ")), n,
                     TOP / 2 + i * (BAR_HEIGHT + BAR_GAP), n * scale) for i, (name, n) in enumerate(rows))
    height = int(TOP + len(bars) * (BAR_HEIGHT + BAR_GAP))
    return BarChart(BAR_WIDTH, height, BAR_LEFT, BAR_HEIGHT, bars)
