"""Results of a set for its instructor: the figures page, a learner's page, CSV exports.

Registered on the instructor blueprint (imported by ``instructor/__init__.py``).
Every route answers 404 for a set another instructor owns, and for a learner who has no
attempt at the set. The CSV routes stream: rows leave as the query yields them.
"""

from __future__ import annotations

from collections.abc import Iterator

from flask import Response, abort, render_template, request, stream_with_context
from flask_login import current_user

from quizapp.core import scoring, statistics
from quizapp.core.formats import scores_csv as csv_format
from quizapp.extensions import db
from quizapp.instructor import bp, charts
from quizapp.instructor.lookups import set_or_404
from quizapp.models import QuestionSet
from quizapp.security import instructor_required
from quizapp.services import classes, distractors, learner_results, progress, results


def _class_filter() -> tuple[int | None, list[int] | None]:
    """``?class=ID``: only the learners of one of the instructor's classes (404 otherwise)."""
    class_id = request.args.get("class", type=int)
    if class_id is None:
        return None, None
    try:
        classes.get_class(db.session, current_user, class_id)
    except classes.NotYours:
        abort(404)
    return class_id, classes.learner_ids_in_class(db.session, class_id, current_user.id)


@bp.route("/sets/<int:set_id>/results")
@instructor_required
def results_page(set_id: int) -> str:
    question_set = set_or_404(set_id)
    page = request.args.get("page", 1, type=int) or 1
    class_id, user_ids = _class_filter()
    res = results.set_results(db.session, question_set, page=page, user_ids=user_ids)
    status = request.args.get("status")
    status = status if status in progress.STATUSES else None
    return render_template(
        "instructor/results.html",
        res=res,
        qs=question_set,
        waiting=progress.not_submitted(db.session, question_set, user_ids, status),
        options=_option_charts(question_set, res, user_ids),
        status=status,
        class_choices=classes.classes_of(db.session, current_user),
        class_id=class_id,
        filter_args={"class": class_id} if class_id else {},
        histogram=_histogram(res),
        facility_chart=_facility_chart(res),
        discrimination_chart=_discrimination_chart(res),
        MEANINGFUL_FROM=statistics.MEANINGFUL_FROM,
        NOT_YET=statistics.NOT_YET_MEANINGFUL,
    )


@bp.route("/sets/<int:set_id>/results/learners/<int:user_id>")
@instructor_required
def results_learner(set_id: int, user_id: int) -> str:
    question_set = set_or_404(set_id)
    res = learner_results.learner_results(db.session, question_set, user_id)
    if res is None:
        abort(404)
    return render_template(
        "instructor/results_learner.html",
        res=res,
        qs=question_set,
        marks_note=scoring.MARKS_NOTE,
    )


@bp.route("/sets/<int:set_id>/scores.csv")
@instructor_required
def results_scores_csv(set_id: int) -> Response:
    question_set = set_or_404(set_id)
    skills = results.set_skills(results.set_questions(db.session, question_set.id))
    _, user_ids = _class_filter()
    lines = scores_csv_lines(question_set, skills, user_ids)
    return _csv_response(lines, f"set-{question_set.id}-scores.csv")


@bp.route("/sets/<int:set_id>/answers.csv")
@instructor_required
def results_answers_csv(set_id: int) -> Response:
    question_set = set_or_404(set_id)
    questions = results.set_questions(db.session, question_set.id)
    _, user_ids = _class_filter()
    lines = csv_format.answers_csv(
        results.answer_rows(db.session, question_set, questions, user_ids),
        bom=True,
        rows_per_chunk=results.CSV_CHUNK_ROWS,
    )
    return _csv_response(lines, f"set-{question_set.id}-answers.csv")


def scores_csv_lines(
    question_set: QuestionSet, skills: list[str], user_ids: list[int] | None = None
) -> Iterator[str]:
    return csv_format.scores_csv(
        results.score_rows(db.session, question_set, user_ids),
        skills,
        bom=True,
        rows_per_chunk=results.CSV_CHUNK_ROWS,
    )


def _csv_response(lines: Iterator[str], filename: str) -> Response:
    # A BOM so Excel reads UTF-8; private and uncached, since it holds learners' scores.
    response = Response(stream_with_context(lines), mimetype="text/csv")
    response.headers["Content-Type"] = "text/csv; charset=utf-8"
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


# --- charts -------------------------------------------------------------------------------


def _histogram(res: results.SetResults):  # type: ignore[no-untyped-def]
    n = res.summary.mean_score.n
    peak = max(res.summary.distribution, key=lambda b: b.count, default=None)
    desc = f"Scores of {n} learners in ten bins of 10 points."
    if peak is not None and peak.count:
        desc += f" The most common range is {peak.label} with {peak.count}."
    return charts.histogram(
        res.summary.distribution,
        chart_id="score-histogram",
        title="Distribution of scores",
        desc=desc,
    )


def _option_charts(question_set: QuestionSet, res: results.SetResults, user_ids):  # type: ignore[no-untyped-def]
    """Per question: its option counts and their bar chart (the table is in the template)."""
    shown = [item.question for item in res.items]
    out = []
    for q in distractors.option_counts(db.session, question_set, shown, user_ids):
        rows = [
            charts.BarRow(f"{o.letter} (right)" if o.right else o.letter, float(o.count))
            for o in q.options
        ]
        chart = charts.bar_chart(
            rows,
            chart_id=f"options-q{q.question.number}",
            title=f"Q{q.question.number}: learners per option",
            desc=", ".join(
                f"{o.letter}{' (the right answer)' if o.right else ''}: {o.count}"
                for o in q.options
            ),
            lo=0.0,
            hi=float(max([o.count for o in q.options] + [1])),
            label_width=90,
            value_format="{:.0f}",
        )
        out.append((q, chart))
    return out


def _facility_chart(res: results.SetResults):  # type: ignore[no-untyped-def]
    rows = [
        charts.BarRow(
            f"Q{item.question.number}",
            item.stats.facility,
            flagged=any(
                f in item.stats.flags
                for f in (statistics.FLAG_VERY_HARD, statistics.FLAG_VERY_EASY)
            ),
            faint=not item.stats.meaningful,
        )
        for item in res.items
    ]
    return charts.bar_chart(
        rows,
        chart_id="facility-chart",
        title="Facility per question",
        desc=(
            "Share of marks each question earned, from 0 to 1; dashed lines at 0.2 and 0.9 "
            "mark very hard and very easy questions."
        ),
        lo=0.0,
        hi=1.0,
        guides=(statistics.VERY_HARD_BELOW, statistics.VERY_EASY_ABOVE),
    )


def _discrimination_chart(res: results.SetResults):  # type: ignore[no-untyped-def]
    rows = [
        charts.BarRow(
            f"Q{item.question.number}",
            item.stats.discrimination,
            flagged=statistics.FLAG_NEGATIVE in item.stats.flags,
            faint=not item.stats.meaningful,
        )
        for item in res.items
    ]
    return charts.bar_chart(
        rows,
        chart_id="discrimination-chart",
        title="Discrimination per question",
        desc=(
            "Correlation of each question with the rest of the test, from -1 to 1; "
            "bars left of zero are negative and suggest checking the key."
        ),
        lo=-1.0,
        hi=1.0,
    )
