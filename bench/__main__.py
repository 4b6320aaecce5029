"""``python -m bench``: run the ``run()`` of every benchmark module in this folder.

Each ``bench/NAME.py`` that defines ``run()`` is one benchmark; modules are found, not
listed, so adding a benchmark means adding a file. Modules starting with "_" are skipped,
and so are those that set ``IN_SUITE = False`` (the load test: ``make load``). A ``run()``
that returns a dict has it written to ``bench/results/NAME.json`` and printed as a table.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path


def main(names: list[str]) -> int:
    here = Path(__file__).resolve().parent
    modules = sorted(p.stem for p in here.glob("*.py") if not p.stem.startswith("_"))
    if names:
        unknown = sorted(set(names) - set(modules))
        if unknown:
            print(f"bench: no benchmark named {', '.join(unknown)}", file=sys.stderr)
            return 2
        modules = [m for m in modules if m in names]
    failed = 0
    for name in modules:
        module = importlib.import_module(f"bench.{name}")
        run = getattr(module, "run", None)
        if not callable(run) or (not names and not getattr(module, "IN_SUITE", True)):
            continue
        print(f"== bench.{name}", flush=True)
        t0 = time.perf_counter()
        try:
            result = run()
            if isinstance(result, dict):
                report(here / "results", name, result)
        except Exception as exc:  # one broken benchmark must not hide the others
            failed += 1
            print(f"bench.{name} failed: {exc!r}", file=sys.stderr)
        print(f"== bench.{name} done in {time.perf_counter() - t0:.1f} s\n", flush=True)
    return 1 if failed else 0


def report(folder: Path, name: str, result: dict) -> None:
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps(result, indent=2) + "\n")
    for key, value in _flatten(result):
        print(f"  {key:<40} {value}")


def _flatten(data: dict, prefix: str = "") -> list[tuple[str, object]]:
    rows: list[tuple[str, object]] = []
    for key, value in data.items():
        if isinstance(value, dict):
            rows += _flatten(value, f"{prefix}{key}.")
        else:
            rows.append((f"{prefix}{key}", value))
    return rows


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
