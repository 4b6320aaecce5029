"""axe-core inside the browser tests: a page passes with 0 WCAG 2.1 A and AA violations, at
a desktop and a phone width, or the test fails naming each rule and element.

axe-core is vendored in tests/browser/axe/ (see its README); it is evaluated into the page
through the DevTools protocol, which the app's Content-Security-Policy does not govern.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

AXE_SOURCE = (Path(__file__).parent / "axe" / "axe.min.js").read_text(encoding="utf-8")
WCAG_21_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = {"desktop": (1280, 800), "phone": (375, 740)}

RUN_AXE = """async tags => {
  const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
  return result.violations.map(v => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '')),
  }));
}"""

# Every page checked in this test process, for the closing count.
CHECKED: set[str] = set()


def violations(page: Any) -> list[dict[str, Any]]:
    """axe's WCAG 2.1 A/AA violations on the page as it is now."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_SOURCE)
    return page.evaluate(RUN_AXE, WCAG_21_A_AA)  # type: ignore[no-any-return]


def problems_on(page: Any) -> list[str]:
    """The current page at every width in WIDTHS: one message per violated rule and width."""
    original = page.viewport_size
    problems = []
    for name, (width, height) in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": height})
        for v in violations(page):
            nodes = "\n    ".join(v["nodes"][:5])
            problems.append(f"{page.url} ({name}): {v['id']}: {v['help']}\n    {nodes}")
    if original:
        page.set_viewport_size(original)
    CHECKED.add(page.url.split("?")[0])
    return problems


def assert_accessible(page: Any) -> None:
    """0 WCAG 2.1 A/AA violations on the current page at both widths."""
    problems = problems_on(page)
    assert not problems, "axe-core found WCAG 2.1 A/AA violations:\n" + "\n".join(problems)
