"""The learner's side: joining sets, taking a quiz, feedback, scores and history.

Views are thin: they check whose attempt it is, call ``quizapp.services.attempts`` and render. No
page sends an answer key, explanation or evidence before the attempt is submitted (or, in
feedback-after-each mode, before that question's answer is locked): questions reach the
templates only as ``attempts.render`` output, and keys only as ``feedback.feedback_for``
output, which the views build only when allowed. Every page works without JavaScript.
"""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from quizapp.core import scoring
from quizapp.extensions import autocommit, db, retry_on_disconnect
from quizapp.models import Attempt, Feedback, QuestionSet, as_utc
from quizapp.quiz import bp
from quizapp.quiz.article_view import paragraphs
from quizapp.quiz.feedback import feedback_for
from quizapp.quiz.forms import JoinForm
from quizapp.security import join_guesses, learner_required, public
from quizapp.services import attempt_history, attempts, question_pages, set_access

# --- sets --------------------------------------------------------------------------------


@bp.route("/learn/")
@learner_required
def home() -> str:
    overviews = [
        attempt_history.overview(db.session, current_user, s)
        for s in set_access.sets_open_to(db.session, current_user)
    ]
    db.session.commit()  # an overdue attempt found on the way is submitted
    return render_template("quiz/home.html", overviews=overviews, form=JoinForm())


@bp.route("/join/<code>")
@public
def join_landing(code: str) -> str:
    guesser = f"address:{request.remote_addr}"
    if join_guesses().blocked(guesser):
        abort(429)
    question_set = set_access.find_published_by_code(db.session, code)
    if question_set is None:
        join_guesses().failed(guesser)
        abort(404, "No open quiz has that code. Check it with your teacher.")
    return render_template("quiz/join.html", question_set=question_set, form=JoinForm(code=code))


@bp.route("/join", methods=["POST"])
@learner_required
def join() -> Response:
    form = JoinForm()
    if not form.validate_on_submit():
        flash("Type the code your teacher gave you.", "error")
        return redirect(url_for("quiz.home"))
    guesser = f"user:{current_user.id}"
    if join_guesses().blocked(guesser):
        flash("Too many wrong codes: wait a few minutes, then try again.", "error")
        return redirect(url_for("quiz.home"))
    question_set = set_access.find_published_by_code(db.session, form.code.data or "")
    if question_set is None:
        join_guesses().failed(guesser)
        flash("No open quiz has that code. Check it with your teacher.", "error")
        return redirect(url_for("quiz.home"))
    set_access.join_set(db.session, current_user, question_set)
    db.session.commit()
    flash(f"You joined “{question_set.title}”.", "success")
    return redirect(url_for("quiz.set_page", set_id=question_set.id))


def _visible_set(set_id: int) -> QuestionSet:
    question_set = db.session.get(QuestionSet, set_id)
    if question_set is None or (
        not attempts.has_access(db.session, current_user, question_set)
        and not attempts.attempts_of(db.session, current_user, question_set)
    ):
        abort(404)
    return question_set


@bp.route("/learn/sets/<int:set_id>")
@learner_required
def set_page(set_id: int) -> str:
    question_set = _visible_set(set_id)
    info = attempt_history.overview(db.session, current_user, question_set)
    db.session.commit()
    return render_template(
        "quiz/set.html",
        info=info,
        question_set=question_set,
        question_count=len(attempts.question_order(db.session, question_set)),
        extra=attempts.extra_minutes(db.session, current_user.id, question_set.id),
    )


@bp.route("/learn/sets/<int:set_id>/start", methods=["POST"])
@learner_required
def start(set_id: int) -> Response:
    question_set = _visible_set(set_id)
    try:
        attempt = attempts.start_attempt(db.session, current_user, question_set)
    except attempts.AttemptError as error:
        db.session.commit()
        flash(str(error), "error")
        return redirect(url_for("quiz.set_page", set_id=set_id))
    db.session.commit()
    return redirect(url_for("quiz.attempt", attempt_id=attempt.id))


# --- taking a quiz -------------------------------------------------------------------


def _own(attempt: Attempt | None) -> Attempt:
    """The attempt when it is the learner's own; 404 otherwise (no hint that it exists)."""
    if attempt is None or attempt.user_id != current_user.id:
        abort(404)
    return attempt


def _own_attempt(attempt_id: int) -> Attempt:
    return _own(question_pages.load_attempt(db.session, attempt_id))


def _closed(attempt: Attempt) -> Response | None:
    """A redirect to the results when the attempt is closed (submitting it if time is up)."""
    if attempts.expire_if_due(db.session, attempt):
        db.session.commit()
        flash("Time is up: your attempt was submitted with the answers you had saved.", "info")
    if attempt.submitted_at is not None:
        return redirect(url_for("quiz.results", attempt_id=attempt.id))
    return None


def _closed_page(page: question_pages.AttemptQuestion | None, attempt_id: int) -> Response | None:
    """As ``_closed`` for an attempt read as plain data (the quiz's hot path): 404 for
    another's attempt; the stored attempt is loaded only when it must be closed."""
    if page is None or page.user_id != current_user.id:
        abort(404)
    if page.submitted_at is not None or attempts.is_overdue(page):
        return _closed(_own_attempt(attempt_id))
    return None


def _open_attempt(attempt_id: int) -> Attempt | Response:
    """The learner's unfinished attempt, or a redirect to its results when it is closed."""
    attempt = _own_attempt(attempt_id)
    return _closed(attempt) or attempt


@bp.route("/learn/attempts/<int:attempt_id>")
@learner_required
@autocommit
def attempt(attempt_id: int) -> Response:
    found = _open_attempt(attempt_id)
    if isinstance(found, Response):
        return found
    answered = attempts.answers_by_question(db.session, found)
    for n, qid in enumerate(found.question_ids, start=1):
        if int(qid) not in answered:
            return redirect(url_for("quiz.question", attempt_id=found.id, n=n))
    return redirect(url_for("quiz.review", attempt_id=found.id))


@bp.route("/learn/attempts/<int:attempt_id>/<int:n>")
@learner_required
@autocommit
def question(attempt_id: int, n: int) -> str | Response:
    page = question_pages.load_question_page(db.session, attempt_id, n)
    closed = _closed_page(page, attempt_id)
    if closed is not None:
        return closed
    if page.question is None:
        abort(404)
    after_each = page.feedback == Feedback.AFTER_EACH
    shown = None
    if after_each and page.answer is not None and page.answer.locked:
        shown = feedback_for(page.question, page.answer, page.article, n)
    article = page.article if page.article is not None and page.article.text else None
    return render_template(
        "quiz/question.html",
        attempt_id=page.id,
        set_title=page.set_title,
        n=n,
        total=len(page.question_ids),
        q=attempts.render(page.question),
        response=page.answer.response if page.answer is not None else None,
        answered=[int(qid) in page.answered for qid in page.question_ids],
        feedback=shown,
        after_each=after_each,
        remaining=attempts.remaining_seconds(page),
        article=article,
        # No highlight here: where the evidence is would give answers away.
        article_paragraphs=(
            paragraphs(article.text, article.body, (), article.title) if article else []
        ),
    )


@bp.route("/learn/attempts/<int:attempt_id>/<int:n>", methods=["POST"])
@learner_required
@autocommit
@retry_on_disconnect
def answer(attempt_id: int, n: int) -> Response:
    # quiz.js autosaves in the background: it gets a bare status, never a page.
    background = request.headers.get("X-Requested-With") == "fetch"
    page = question_pages.load_attempt_question(db.session, attempt_id, n)
    closed = _closed_page(page, attempt_id)
    if closed is not None:
        if background:
            return Response(status=409)
        flash("This attempt is already submitted: your answer was not saved.", "error")
        return closed
    current = page.question
    if current is None:
        abort(404)
    go = request.form.get("go", "next")
    response = attempts.parse_response(current, request.form)
    if go == "skip":  # feedback-after-each: move on without locking an answer
        response, go = None, "next"
    if background and (response is None or page.feedback == Feedback.AFTER_EACH):
        return Response(status=409)  # nothing to save, or saving would lock the answer
    if response is not None:
        try:
            attempts.record_answer(db.session, page, current, response)
        except attempts.AttemptClosed as error:
            db.session.commit()
            if background:
                return Response(status=409)
            flash(str(error), "error")
            return redirect(url_for("quiz.results", attempt_id=attempt_id))
        except attempts.AnswerLocked as error:
            db.session.rollback()
            if background:
                return Response(status=409)
            flash(str(error), "info")
            go = "stay"
        db.session.commit()
        if background:
            return Response(status=204)
    elif go == "check":
        flash("Choose an answer first.", "error")
        go = "stay"
    return redirect(_target(attempt_id, n, len(page.question_ids), go))


def _target(attempt_id: int, n: int, total: int, go: str) -> str:
    if go in {"stay", "check"}:
        return url_for("quiz.question", attempt_id=attempt_id, n=n, _anchor="question")
    if go == "review" or (go == "next" and n >= total):
        return url_for("quiz.review", attempt_id=attempt_id)
    if go == "prev":
        return url_for("quiz.question", attempt_id=attempt_id, n=max(1, n - 1))
    if go.startswith("q") and go[1:].isdigit() and 1 <= int(go[1:]) <= total:
        return url_for("quiz.question", attempt_id=attempt_id, n=int(go[1:]))
    return url_for("quiz.question", attempt_id=attempt_id, n=min(total, n + 1))


@bp.route("/learn/attempts/<int:attempt_id>/review")
@learner_required
@autocommit
def review(attempt_id: int) -> str | Response:
    found = _open_attempt(attempt_id)
    if isinstance(found, Response):
        return found
    questions = attempts.questions_of(db.session, found)
    answers = attempts.answers_by_question(db.session, found)
    return render_template(
        "quiz/review.html",
        attempt=found,
        question_set=found.question_set,
        items=[(n, attempts.render(q), q.id in answers) for n, q in enumerate(questions, 1)],
        unanswered=sum(q.id not in answers for q in questions),
        remaining=attempts.remaining_seconds(found),
    )


@bp.route("/learn/attempts/<int:attempt_id>/submit", methods=["POST"])
@learner_required
def submit(attempt_id: int) -> Response:
    attempt = _own_attempt(attempt_id)
    if attempts.expire_if_due(db.session, attempt):
        flash("Time was up: your attempt was submitted with the answers you had saved.", "info")
    elif attempts.submit(db.session, attempt):
        flash("Your answers are submitted.", "success")
    db.session.commit()
    return redirect(url_for("quiz.results", attempt_id=attempt.id))


# --- after submitting ----------------------------------------------------------------


@bp.route("/learn/attempts/<int:attempt_id>/results")
@learner_required
def results(attempt_id: int) -> str | Response:
    attempt = _own_attempt(attempt_id)
    if attempts.expire_if_due(db.session, attempt):
        db.session.commit()
    if attempt.submitted_at is None:
        return redirect(url_for("quiz.review", attempt_id=attempt.id))
    question_set = attempt.question_set
    questions = attempts.questions_of(db.session, attempt)
    answers = attempts.answers_by_question(db.session, attempt)
    items = [
        feedback_for(q, answers.get(q.id), question_set.article, n)
        for n, q in enumerate(questions, start=1)
    ]
    summary = attempts.score_attempt(db.session, attempt)
    timed_out = attempt.deadline_at is not None and as_utc(attempt.submitted_at) == as_utc(
        attempt.deadline_at
    )
    return render_template(
        "quiz/results.html",
        attempt=attempt,
        question_set=question_set,
        items=items,
        summary=summary,
        skills=_skill_rows(attempt),
        discernment_text=scoring.describe_discernment(
            attempt.discernment, summary.counts, summary.not_measurable
        ),
        bias_text=scoring.describe_bias(attempt.bias),
        sensitivity_text=scoring.describe_sensitivity(summary.sensitivity),
        timed_out=timed_out,
        fmt=scoring.format_number,
        marks_note=scoring.MARKS_NOTE,
    )


def _skill_rows(attempt: Attempt) -> list[tuple[str, float, int]]:
    rows = []
    for skill in ("attribution", "verification", "sourcing"):
        right, asked = (attempt.skill_scores or {}).get(skill, [0, 0])
        rows.append((skill, float(right), int(asked)))
    return rows


@bp.route("/learn/history")
@learner_required
def history() -> str:
    done = attempt_history.history(db.session, current_user)
    by_set: dict[int, list[Attempt]] = {}
    for a in attempt_history.attempts_of_user(db.session, current_user):
        by_set.setdefault(a.set_id, []).append(a)
    counting = {
        set_id: attempt_history.counting_attempt(group, group[0].question_set.grading)
        for set_id, group in by_set.items()
    }
    counting_ids = {a.id for a in counting.values() if a is not None}
    return render_template(
        "quiz/history.html",
        attempts=done,
        counting_ids=counting_ids,
        chart=_chart(done),
    )


def _chart(done: list[Attempt]) -> dict[str, Any] | None:
    """Points of a small line chart of scores over time (the table carries the same data)."""
    if len(done) < 2:
        return None
    width, height, pad = 600, 160, 20
    step = (width - 2 * pad) / (len(done) - 1)
    points = [
        (round(pad + i * step, 1), round(height - pad - (a.score or 0) * (height - 2 * pad), 1))
        for i, a in enumerate(done)
    ]
    return {
        "width": width,
        "height": height,
        "pad": pad,
        "points": points,
        "polyline": " ".join(f"{x},{y}" for x, y in points),
    }
