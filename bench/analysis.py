"""Benchmark: the whole analysis against a bare spaCy parse of the same texts.

The texts are the PolNeAR dev texts (QUIZAPP_BENCH_TEXTS, else ../shared/eval/polnear-dev/text
beside the repository), or the repository's questions/articles/*.txt when those are absent.
Both runs parse the same texts with the same loaded model in the same process, so the ratio
measures what the analysis adds to parsing: reading, boilerplate, extraction, sources and
verification. Target: ratio <= 1.25.

Writes bench/results/analysis.json and prints a table.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "analysis.json"
TARGET_RATIO = 1.25


def texts_dir() -> Path:
    env = os.environ.get("QUIZAPP_BENCH_TEXTS")
    if env:
        return Path(env)
    return ROOT.parent / "shared" / "eval" / "polnear-dev" / "text"


def find_texts(directory: Path | None = None) -> tuple[list[Path], str]:
    directory = directory or texts_dir()
    paths = sorted(directory.glob("*.txt")) if directory.is_dir() else []
    if paths:
        return paths, str(directory)
    fallback = ROOT / "questions" / "articles"
    return sorted(fallback.glob("*.txt")), str(fallback)


def run(directory: Path | None = None, repeat: int = 3, write: bool = False) -> dict:
    """Time both pipelines ``repeat`` times (best of) and return the results.

    ``python -m bench`` writes the returned dict to bench/results/analysis.json;
    ``python bench/analysis.py`` (or ``write=True``) writes it here.
    """
    from quizapp.core.analysis import analyze_many
    from quizapp.core.article import read_article
    from quizapp.core.nlp import load_nlp, model_name

    paths, where = find_texts(directory)
    if not paths:
        raise SystemExit("bench.analysis: no texts found")
    raw = [p.read_text(encoding="utf-8") for p in paths]
    words = sum(len(t.split()) for t in raw)
    nlp = load_nlp()
    # Warm up both paths once: model caches, the extractor's CRF files, lazy imports.
    list(nlp.pipe(raw[:2]))
    analyze_many([read_article(p) for p in paths[:2]])

    def bare() -> None:
        for _ in nlp.pipe(raw, batch_size=32):
            pass

    def full() -> None:
        analyze_many([read_article(p) for p in paths])

    # Interleaved, best of ``repeat``: a busy machine slows both runs alike. CPU time is
    # kept too: on a shared machine it is the steadier of the two.
    times = [(_time(bare), _time(full)) for _ in range(repeat)]
    parse_s = min(t[0][0] for t in times)
    analysis_s = min(t[1][0] for t in times)
    parse_cpu = min(t[0][1] for t in times)
    analysis_cpu = min(t[1][1] for t in times)
    result = {
        "texts": where,
        "articles": len(paths),
        "words": words,
        "model": model_name(),
        "python": platform.python_version(),
        "repeat": repeat,
        "parse_seconds": round(parse_s, 3),
        "analysis_seconds": round(analysis_s, 3),
        "ratio": round(analysis_s / parse_s, 3),
        "parse_cpu_seconds": round(parse_cpu, 3),
        "analysis_cpu_seconds": round(analysis_cpu, 3),
        "cpu_ratio": round(analysis_cpu / parse_cpu, 3),
        "target_ratio": TARGET_RATIO,
        "parse_words_per_second": round(words / parse_s),
        "analysis_words_per_second": round(words / analysis_s),
        "max_rss_mb": round(_max_rss_mb(), 1),
    }
    if write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    _print_table(result)
    return result


def _time(fn) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds of this process) for one call."""
    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - t0, time.process_time() - c0


def _max_rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 2**10  # bytes on macOS, KiB else


def _print_table(r: dict) -> None:
    rows = [
        ("texts", f"{r['articles']} articles, {r['words']:,} words ({r['texts']})"),
        ("model", r["model"]),
        ("bare nlp.pipe", f"{r['parse_seconds']:.2f} s  {r['parse_words_per_second']:,} words/s"),
        (
            "full analysis",
            f"{r['analysis_seconds']:.2f} s  {r['analysis_words_per_second']:,} words/s",
        ),
        (
            "ratio",
            f"{r['ratio']:.3f} wall clock, {r['cpu_ratio']:.3f} CPU time "
            f"(target <= {r['target_ratio']})",
        ),
        ("peak memory", f"{r['max_rss_mb']} MB (max RSS of the process: model, texts, Docs)"),
    ]
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    run(write=True)
