"""Charts drawn on the server as inline SVG: no script, no CDN, readable offline.

Each chart is an ``<svg role="img">`` labelled by its own ``<title>`` and ``<desc>``; the
page puts the same numbers in a table beside it for screen readers and for copying. Colour
is never the only signal: flagged bars carry a "!" and figures below the meaningful number
of answers are drawn hollow with a dashed outline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from quizapp.core.statistics import Bin

INK = "#1b1f24"
MUTED = "#59636e"
ACCENT = "#0b5cad"
BAD = "#a4161a"
GRID = "#d0d7de"
FONT = 'font-family="system-ui, sans-serif"'


def _svg(chart_id: str, width: int, height: int, title: str, desc: str, body: list[str]) -> Markup:
    cid = escape(chart_id)
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" '
        f'aria-labelledby="{cid}-title {cid}-desc" viewBox="0 0 {width} {height}" '
        # No style attribute (the CSP refuses inline styles): the natural width, scaled
        # down to fit by the stylesheet's svg.chart rule.
        f'width="{width}" height="{height}" {FONT} font-size="15">'
        f'<title id="{cid}-title">{escape(title)}</title>'
        f'<desc id="{cid}-desc">{escape(desc)}</desc>'
    )
    return Markup(head + "".join(body) + "</svg>")  # noqa: S704 - every text part escaped above


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def histogram(bins: Sequence[Bin], *, chart_id: str, title: str, desc: str) -> Markup:
    """Vertical bars, one per score bin, with the count above each bar."""
    width, height = 600, 260
    left, right, top, bottom = 40, 10, 20, 50
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max((b.count for b in bins), default=0) or 1
    slot = plot_w / max(len(bins), 1)
    body = [
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" '
        f'stroke="{INK}"/>'
    ]
    for i, b in enumerate(bins):
        bar_h = plot_h * b.count / peak
        x = left + i * slot + slot * 0.1
        y = top + plot_h - bar_h
        body.append(
            f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(slot * 0.8)}" '
            f'height="{_num(bar_h)}" fill="{ACCENT}"/>'
        )
        body.append(
            f'<text x="{_num(x + slot * 0.4)}" y="{_num(y - 4)}" text-anchor="middle" '
            f'fill="{INK}">{b.count}</text>'
        )
        body.append(
            f'<text x="{_num(left + i * slot)}" y="{top + plot_h + 16}" text-anchor="middle" '
            f'fill="{MUTED}">{round(b.lower * 100)}</text>'
        )
    body.append(
        f'<text x="{width - right}" y="{top + plot_h + 16}" text-anchor="end" '
        f'fill="{MUTED}">100</text>'
    )
    body.append(
        f'<text x="{left + plot_w / 2:.0f}" y="{height - 8}" text-anchor="middle" '
        f'fill="{INK}">Score (%)</text>'
    )
    body.append(
        f'<text x="12" y="{top + plot_h / 2:.0f}" text-anchor="middle" fill="{INK}" '
        f'transform="rotate(-90 12 {top + plot_h / 2:.0f})">Learners</text>'
    )
    return _svg(chart_id, width, height, title, desc, body)


@dataclass(frozen=True)
class BarRow:
    label: str
    value: float | None
    flagged: bool = False
    faint: bool = False  # not yet meaningful


BAR_ROW_HEIGHT = 26  # pixels a bar chart gives each row


@dataclass(frozen=True)
class _Scale:
    """Values from ``lo`` to ``hi`` laid across ``width`` pixels from ``left``; a value
    outside the range is drawn at the edge it passed."""

    lo: float
    hi: float
    left: int
    width: int

    def x(self, value: float) -> float:
        clipped = min(max(value, self.lo), self.hi)
        return self.left + self.width * (clipped - self.lo) / (self.hi - self.lo)


def _guides_and_ticks(scale: _Scale, guides: Sequence[float], top: int, base: int) -> list[str]:
    """Dashed lines from ``top`` down to ``base`` at the ``guides``, and the scale's ends and
    middle written under ``base``."""
    body: list[str] = []
    for guide in guides:
        gx = scale.x(guide)
        body.append(
            f'<line x1="{_num(gx)}" y1="{top}" x2="{_num(gx)}" y2="{base}" '
            f'stroke="{MUTED}" stroke-dasharray="4 3"/>'
        )
    for tick in sorted({scale.lo, middle_tick(scale.lo, scale.hi), scale.hi}):
        body.append(
            f'<text x="{_num(scale.x(tick))}" y="{base + 16}" text-anchor="middle" '
            f'fill="{MUTED}">{_tick(tick)}</text>'
        )
    return body


def _bar_row(row: BarRow, y: int, scale: _Scale, origin: float, value_format: str) -> list[str]:
    """A row from ``y`` down: its label left of the plot, then its bar from ``origin`` with
    the value written past the bar's end, or "n/a" where there is no value."""
    text_y = f"{y + BAR_ROW_HEIGHT * 0.65:.0f}"
    body = [
        f'<text x="{scale.left - 6}" y="{text_y}" text-anchor="end" '
        f'fill="{INK}">{escape(row.label)}</text>'
    ]
    if row.value is None:
        body.append(f'<text x="{_num(origin + 4)}" y="{text_y}" fill="{MUTED}">n/a</text>')
        return body
    end = scale.x(row.value)
    x, w = min(origin, end), abs(end - origin)
    colour = BAD if row.flagged else ACCENT
    # A figure on too few answers is drawn hollow and dashed, so colour is not its only signal.
    style = (
        f'fill="{colour}" fill-opacity="0.25" stroke="{colour}" stroke-dasharray="3 2"'
        if row.faint
        else f'fill="{colour}"'
    )
    body.append(
        f'<rect x="{_num(x)}" y="{y + 4}" width="{_num(max(w, 1))}" '
        f'height="{BAR_ROW_HEIGHT - 8}" {style}/>'
    )
    mark = " !" if row.flagged else ""
    label_x, anchor = (end + 4, "start") if row.value >= 0 else (end - 4, "end")
    body.append(
        f'<text x="{_num(label_x)}" y="{text_y}" text-anchor="{anchor}" '
        f'fill="{colour}">{value_format.format(row.value)}{mark}</text>'
    )
    return body


def bar_chart(
    rows: Sequence[BarRow],
    *,
    chart_id: str,
    title: str,
    desc: str,
    lo: float,
    hi: float,
    guides: Sequence[float] = (),
    label_width: int = 56,
    value_format: str = "{:.2f}",
) -> Markup:
    """Horizontal bars from 0 (or ``lo`` when 0 is outside the range) on a ``lo..hi`` scale.

    A diverging scale (``lo`` < 0) draws negative values to the left of a zero line. Dashed
    ``guides`` mark thresholds (facility 0.2 and 0.9, say). A missing value is written "n/a".
    """
    left, right, top, bottom = label_width, 56, 10, 30
    width = 600
    height = top + bottom + BAR_ROW_HEIGHT * max(len(rows), 1)
    scale = _Scale(lo, hi, left, width - left - right)
    origin = scale.x(0.0 if lo <= 0 <= hi else lo)
    body = _guides_and_ticks(scale, guides, top, height - bottom)
    for i, row in enumerate(rows):
        body += _bar_row(row, top + i * BAR_ROW_HEIGHT, scale, origin, value_format)
    body.append(
        f'<line x1="{_num(origin)}" y1="{top}" x2="{_num(origin)}" y2="{height - bottom}" '
        f'stroke="{INK}"/>'
    )
    return _svg(chart_id, width, height, title, desc, body)


def middle_tick(lo: float, hi: float) -> float:
    return 0.0 if lo < 0 < hi else (lo + hi) / 2


def _tick(value: float) -> str:
    return f"{value:g}"
