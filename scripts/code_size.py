#!/usr/bin/env python3
"""List the modules and functions too long to hold in one's head.

    python scripts/code_size.py [--module-lines 600] [--function-lines 80] [PACKAGE_DIR]

Modules are counted in physical lines; functions (and methods) from their ``def`` line to
their last line, decorators excluded. Exit status 1 when anything is over a limit, so the
command can guard a refactoring. Alembic migrations are left out: a migration is a record of
what was applied, written once and never edited, so its length is not a design choice.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def long_functions(path: Path, limit: int) -> list[tuple[int, str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > limit:
                found.append((node.lineno, node.name, length))
    return sorted(found)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("package", nargs="?", default=str(ROOT / "quizapp"))
    ap.add_argument("--module-lines", type=int, default=600)
    ap.add_argument("--function-lines", type=int, default=80)
    args = ap.parse_args()
    base = Path(args.package)
    modules = functions = 0
    for path in sorted(base.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        name = path.relative_to(base.parent)
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > args.module_lines:
            modules += 1
            print(f"module   {lines:>5} lines  {name}")
        for lineno, func, length in long_functions(path, args.function_lines):
            functions += 1
            print(f"function {length:>5} lines  {name}:{lineno} {func}")
    print(
        f"{modules} modules over {args.module_lines} lines, "
        f"{functions} functions over {args.function_lines} lines"
    )
    return 1 if modules or functions else 0


if __name__ == "__main__":
    sys.exit(main())
