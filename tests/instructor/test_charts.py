"""Server-drawn SVG charts: labelled for screen readers, escaped, honest about gaps."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from quizapp.core.statistics import score_distribution
from quizapp.instructor import charts

SVG = "{http://www.w3.org/2000/svg}"


def _parse(svg: object) -> ET.Element:
    return ET.fromstring(str(svg))  # noqa: S314 - our own output, not untrusted input


def _bars(rows, **kw):  # type: ignore[no-untyped-def]
    return charts.bar_chart(
        rows, chart_id="c", title="T <1>", desc="D & more", lo=kw.get("lo", -1.0), hi=1.0
    )


def test_a_chart_is_an_image_labelled_by_its_title_and_description() -> None:
    root = _parse(_bars([charts.BarRow("Q1", 0.5)]))
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "c-title c-desc"
    assert root.find(f"{SVG}title").text == "T <1>"
    assert root.find(f"{SVG}desc").text == "D & more"


def test_labels_are_escaped() -> None:
    svg = str(_bars([charts.BarRow("<script>", 0.5)]))
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def test_a_missing_value_is_written_na_and_draws_no_bar() -> None:
    root = _parse(_bars([charts.BarRow("Q1", None)]))
    assert root.findall(f"{SVG}rect") == []
    assert "n/a" in [t.text for t in root.iter(f"{SVG}text")]


def test_a_negative_value_is_drawn_left_of_zero_and_flagged_with_a_mark() -> None:
    svg = str(_bars([charts.BarRow("Q1", -0.5, flagged=True)]))
    zero = float(re.search(r'<line x1="([\d.]+)"[^>]*stroke="#1b1f24"/></svg>', svg).group(1))
    rect = _parse(svg).find(f"{SVG}rect")
    assert float(rect.get("x")) + float(rect.get("width")) <= zero + 0.01
    assert "-0.50 !" in svg


def test_the_histogram_has_one_bar_per_bin_with_its_count() -> None:
    root = _parse(
        charts.histogram(score_distribution([0.1, 0.15, 1.0]), chart_id="h", title="t", desc="d")
    )
    assert len(root.findall(f"{SVG}rect")) == 10
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts.count("2") >= 1 and texts.count("1") >= 1
