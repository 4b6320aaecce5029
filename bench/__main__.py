"""``python -m bench``: run the ``run()`` of every benchmark module in this folder.

Each ``bench/NAME.py`` that defines ``run()`` is one benchmark; modules are found, not
listed, so adding a benchmark means adding a file. Modules starting with "_" are skipped.
"""

from __future__ import annotations

import importlib
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
        if not callable(run):
            continue
        print(f"== bench.{name}", flush=True)
        t0 = time.perf_counter()
        try:
            run()
        except Exception as exc:  # one broken benchmark must not hide the others
            failed += 1
            print(f"bench.{name} failed: {exc!r}", file=sys.stderr)
        print(f"== bench.{name} done in {time.perf_counter() - t0:.1f} s\n", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
