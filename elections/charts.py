"""Horizontal bar charts drawn on the server as SVG geometry: no script, no inline style."""

from dataclasses import dataclass
from decimal import Decimal

WIDTH = 640
BAR_LENGTH = 520  # the length of a 100 % bar
ROW_HEIGHT = 46
LABEL_HEIGHT = 18
BAR_HEIGHT = 18
TOP = 6


@dataclass
class Bar:
    label: str
    value: Decimal | None
    highlight: bool
    key: str
    label_y: int
    bar_y: int
    width: int
    value_x: int
    value_y: int


def bar_chart(items):
    """Return the geometry of a chart of (label, per cent, highlight, key) items, one row each, on a 0-100
    scale; the key names the bar for the page's automatic update (a region code, a candidate id)."""
    bars = []
    for index, (label, value, highlight, key) in enumerate(items):
        top = TOP + index * ROW_HEIGHT
        width = round(BAR_LENGTH * min(max(float(value or 0), 0.0), 100.0) / 100)
        bars.append(
            Bar(
                label=label,
                value=value,
                highlight=highlight,
                key=str(key),
                label_y=top + LABEL_HEIGHT - 4,
                bar_y=top + LABEL_HEIGHT,
                width=width,
                value_x=width + 8,
                value_y=top + LABEL_HEIGHT + BAR_HEIGHT - 4,
            )
        )
    return {
        "bars": bars,
        "width": WIDTH,
        "height": TOP * 2 + len(bars) * ROW_HEIGHT,
        "bar_height": BAR_HEIGHT,
        "bar_length": BAR_LENGTH,
    }
