"""Benchmark: question generation over the PolNeAR dev texts.

Texts: QUIZAPP_BENCH_TEXTS, else ../shared/eval/polnear-dev/text beside the repository;
skipped with a message when absent. For each article: analysis time, generation time
(generation alone, on the finished analysis), questions made, and whether every question
passes the structural checks of quizapp.core.questions.checks (target: 100% of articles).
Writes bench/results/generation.json and prints a summary.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "generation.json"


def texts_dir() -> Path:
    env = os.environ.get("QUIZAPP_BENCH_TEXTS")
    return Path(env) if env else ROOT.parent / "shared" / "eval" / "polnear-dev" / "text"


def run(directory: Path | None = None, write: bool = True) -> dict:
    """Generate for every text; return the summary (per-article rows go to the file)."""
    directory = directory or texts_dir()
    paths = sorted(directory.glob("*.txt")) if directory.is_dir() else []
    if not paths:
        message = f"bench.generation: skipped, no texts in {directory}"
        print(message)
        return {"skipped": message}

    from quizapp.core.analysis import analyze
    from quizapp.core.article import read_article
    from quizapp.core.questions.checks import set_problems
    from quizapp.core.questions.generate import generate_questions

    analyze(read_article(paths[0]))  # warm up: model load, lazy imports
    per_article = []
    types: Counter[str] = Counter()
    skills: Counter[str] = Counter()
    for path in paths:
        article = read_article(path)
        t0 = time.perf_counter()
        analysis = analyze(article)
        t1 = time.perf_counter()
        questions = generate_questions(analysis, seed=0)
        t2 = time.perf_counter()
        problems = set_problems(questions, analysis)
        types.update(q.type for q in questions)
        skills.update(s for q in questions for s in q.skills)
        per_article.append(
            {
                "article": path.name,
                "claims": len(analysis.claims),
                "questions": len(questions),
                "types": len({q.type for q in questions}),
                "analysis_ms": round((t1 - t0) * 1000, 2),
                "generation_ms": round((t2 - t1) * 1000, 2),
                "problems": problems,
            }
        )
    counts = [a["questions"] for a in per_article]
    clean = [a for a in per_article if not a["problems"]]
    result = {
        "texts": str(directory),
        "articles": len(per_article),
        "questions_total": sum(counts),
        "questions_per_article": {
            "mean": round(statistics.mean(counts), 2),
            "median": statistics.median(counts),
            "min": min(counts),
            "max": max(counts),
            "articles_with_none": sum(1 for c in counts if c == 0),
        },
        "types_per_article_mean": round(statistics.mean(a["types"] for a in per_article), 2),
        "questions_by_type": dict(sorted(types.items())),
        "questions_by_skill": dict(sorted(skills.items())),
        "share_structurally_clean": round(len(clean) / len(per_article), 4),
        "target_share": 1.0,
        "analysis_ms_per_article": round(statistics.mean(a["analysis_ms"] for a in per_article), 2),
        "generation_ms_per_article": round(
            statistics.mean(a["generation_ms"] for a in per_article), 2
        ),
        "failures": [
            {"article": a["article"], "problems": a["problems"][:5]}
            for a in per_article
            if a["problems"]
        ][:20],
        "per_article": per_article,
    }
    if write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    summary = {k: v for k, v in result.items() if k != "per_article"}
    print(json.dumps({k: v for k, v in summary.items() if k != "failures"}, indent=1))
    for failure in result["failures"][:5]:
        print("FAIL", failure["article"], failure["problems"][:3])
    return summary  # the per-article rows are in the results file


if __name__ == "__main__":
    run()
