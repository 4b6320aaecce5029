"""The app as gunicorn serves it in benchmarks, plus a trivial route as the baseline.

The trivial route runs in the same gunicorn workers as the real pages, so a ratio between
the two measures quizapp's own cost, not the machine's.
"""

from quizapp import create_app

app = create_app()


@app.route("/_bench/trivial")
def trivial() -> str:
    return "ok"
