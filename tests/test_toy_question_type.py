"""A question type defined here alone, in the test suite, goes through the whole app:
edited by a teacher, shown on the draft and on paper, taken by a learner with feedback, and
written to and read back from YAML and GIFT. Nothing outside this file (and its partial
templates in toy_type/) knows it: the type brings its whole shape, as issue 15 asks."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from quizapp import models
from quizapp.core.formats.gift import read_gift
from quizapp.core.formats.question_set import load_question_set
from quizapp.core.questions.base import (
    Edit,
    EditError,
    EditField,
    Question,
    QuestionType,
)
from quizapp.core.questions.registry import added, all_types
from quizapp.extensions import db

SENTENCE = "Peskov claimed that the report was wrong."


class CueWord(QuestionType):
    """Find the word of a sentence that says who is speaking (the issue's example type)."""

    name = "toy_cue_word"
    label = "Find the cue word"
    skills = ("attribution",)
    quota = 0
    template_folder = str(Path(__file__).parent / "toy_type")
    templates = {page: f"toy_cue_word/{page}.html" for page in QuestionType.templates}
    edit_fields = (EditField("sentence", "Find the cue word only: the sentence", 2),)
    choices_note = "these are words of the sentence below."

    def render(self, question: Question) -> dict[str, Any]:
        return {**super().render(question), "sentence": question.data.get("sentence", "")}

    def validate(self, question: Question) -> list[str]:
        errors = super().validate(question)
        sentence = question.data.get("sentence") if isinstance(question.data, dict) else None
        if not isinstance(sentence, str) or not all(
            isinstance(c, str) and c in sentence for c in question.choices
        ):
            errors.append("data: the sentence must hold every word offered")
        return errors

    def edit_values(self, question: Question) -> dict[str, str]:
        return {"sentence": question.data.get("sentence", "")}

    def read_edit(self, edit: Edit) -> tuple[list[str], Any, dict[str, Any]]:
        choices, answer, _ = super().read_edit(edit)
        sentence = edit.fields.get("sentence", "").strip()
        if not sentence:
            raise EditError(["sentence: type the sentence the words come from"])
        return choices, answer, {"sentence": sentence}

    def feedback(self, question: Question, response: Any) -> dict[str, Any]:
        return {**super().feedback(question, response), "sentence": question.data["sentence"]}

    def printed(self, question: Question) -> dict[str, Any]:
        return {**super().printed(question), "sentence": question.data["sentence"]}


@pytest.fixture
def toy() -> Iterator[QuestionType]:
    with added(CueWord) as kind:
        yield kind


def _form(**changes: Any) -> dict[str, Any]:
    data = {
        "type": "toy_cue_word",
        "stem": "Which word tells you Peskov is speaking?",
        "choices-0": "Peskov",
        "choices-1": "claimed",
        "choices-2": "report",
        "answer": "2",
        "sentence": SENTENCE,
        "skills": ["attribution"],
        "explanation": "\u201cclaimed\u201d is the verb of saying.",
    }
    return {**data, **changes}


def _set_with_toy_question(app: Flask, client: FlaskClient) -> tuple[int, int]:
    client.post("/teach/sets/new", data={"title": "Cue words"})
    with app.app_context():
        set_id = db.session.scalars(select(models.QuestionSet.id)).one()
    response = client.post(f"/teach/sets/{set_id}/questions/new", data=_form())
    assert response.status_code == 302, response.get_data(as_text=True)
    with app.app_context():
        question_id = db.session.scalars(select(models.Question.id)).one()
    return set_id, question_id


def _stored(app: Flask) -> models.Question:
    with app.app_context():
        q = db.session.scalars(select(models.Question)).one()
        db.session.expunge(q)
        return q


def test_the_editor_reads_the_toy_types_own_box(
    app: Flask, instructor_client: FlaskClient, toy: QuestionType
) -> None:
    set_id, question_id = _set_with_toy_question(app, instructor_client)
    q = _stored(app)
    assert (q.type, q.choices, q.answer) == ("toy_cue_word", ["Peskov", "claimed", "report"], 1)
    assert q.data == {"sentence": SENTENCE}
    page = instructor_client.get(f"/teach/questions/{question_id}/edit").get_data(as_text=True)
    assert re.search(r'<textarea[^>]*name="sentence"[^>]*>\s*' + re.escape(SENTENCE), page)
    assert '<option selected value="toy_cue_word">Find the cue word</option>' in page


def test_the_editor_says_what_the_toy_types_choice_rows_are(
    app: Flask, instructor_client: FlaskClient, toy: QuestionType
) -> None:
    set_id, _ = _set_with_toy_question(app, instructor_client)
    page = instructor_client.get(f"/teach/sets/{set_id}/questions/new").get_data(as_text=True)
    hint = re.search(r'<p class="hint" id="choices-hint">(.*?)</p>', page, re.S).group(1)
    assert "For \u201cfind the cue word\u201d these are words of the sentence below." in hint
    assert "For \u201csort the statements\u201d these are the labels" in hint


def test_the_toy_types_validation_speaks_beside_its_box(
    app: Flask, instructor_client: FlaskClient, toy: QuestionType
) -> None:
    set_id, question_id = _set_with_toy_question(app, instructor_client)
    missing = instructor_client.post(
        f"/teach/questions/{question_id}/edit", data=_form(sentence="")
    )
    assert missing.status_code == 422
    assert "type the sentence the words come from" in missing.get_data(as_text=True)
    wrong = instructor_client.post(
        f"/teach/questions/{question_id}/edit", data=_form(sentence="Peskov said so.")
    )
    assert wrong.status_code == 422
    page = wrong.get_data(as_text=True)
    box = page.index('name="sentence"')
    assert page.index("the sentence must hold every word offered", box) > box  # under its box
    assert _stored(app).data == {"sentence": SENTENCE}


def test_the_draft_and_the_paper_show_the_toy_types_partials(
    app: Flask, instructor_client: FlaskClient, toy: QuestionType
) -> None:
    set_id, _ = _set_with_toy_question(app, instructor_client)
    draft = instructor_client.get(f"/teach/sets/{set_id}").get_data(as_text=True)
    assert f'<p class="toy-sentence">{SENTENCE}</p>' in draft
    assert '<p class="toy-key">Cue: claimed</p>' in draft
    paper = instructor_client.get(f"/teach/sets/{set_id}/print").get_data(as_text=True)
    assert "Cue: ____________ (one of: Peskov, claimed, report)" in paper
    assert "toy-key" not in paper
    key = instructor_client.get(f"/teach/sets/{set_id}/key").get_data(as_text=True)
    assert '<p class="toy-key">Cue: claimed</p>' in key
    assert "is the verb of saying" in key


def test_a_learner_takes_the_toy_question_and_gets_its_feedback(
    app: Flask, instructor_client: FlaskClient, learner_client: FlaskClient, toy: QuestionType
) -> None:
    set_id, _ = _set_with_toy_question(app, instructor_client)
    instructor_client.post(f"/teach/sets/{set_id}/publish")
    with app.app_context():
        code = db.session.get(models.QuestionSet, set_id).join_code
    assert learner_client.post("/join", data={"code": code.lower()}).status_code == 302
    started = learner_client.post(f"/learn/sets/{set_id}/start")
    attempt_id = int(started.location.rstrip("/").split("/")[-1])
    page = learner_client.get(f"/learn/attempts/{attempt_id}/1").get_data(as_text=True)
    assert '<fieldset class="toy-cue">' in page and SENTENCE in page
    assert "verb of saying" not in page  # the key stays hidden
    learner_client.post(f"/learn/attempts/{attempt_id}/1", data={"answer": "0", "go": "review"})
    submitted = learner_client.post(f"/learn/attempts/{attempt_id}/submit")
    results = learner_client.get(submitted.location).get_data(as_text=True)
    assert "you picked <em>Peskov</em>; the cue is <strong>claimed</strong>" in results
    with app.app_context():
        answer = db.session.scalars(select(models.Answer)).one()
        assert (answer.response, answer.correct) == (0, False)


def test_the_toy_question_survives_a_yaml_round_trip(
    app: Flask, instructor_client: FlaskClient, toy: QuestionType
) -> None:
    set_id, _ = _set_with_toy_question(app, instructor_client)
    text = instructor_client.get(f"/teach/sets/{set_id}/export.yaml").get_data(as_text=True)
    assert "answer: claimed" in text  # the choice's text, as every choice type writes it
    [read] = load_question_set(text).questions
    q = _stored(app)
    assert (read.type, read.stem, read.choices, read.answer) == (q.type, q.stem, q.choices, 1)
    assert read.data == {"sentence": SENTENCE} and read.explanation == q.explanation


def test_the_toy_question_survives_a_gift_round_trip(
    app: Flask, instructor_client: FlaskClient, toy: QuestionType
) -> None:
    set_id, _ = _set_with_toy_question(app, instructor_client)
    text = instructor_client.get(f"/teach/sets/{set_id}/export.gift").get_data(as_text=True)
    assert "{\n~Peskov\n=claimed\n~report" in text
    imported = read_gift(text)
    assert imported.skipped == []
    [read] = imported.questions
    q = _stored(app)
    assert (read.type, read.stem, read.choices, read.answer) == (q.type, q.stem, q.choices, 1)
    assert read.data == {"sentence": SENTENCE} and read.skills == ["attribution"]


def test_the_toy_type_is_gone_outside_its_tests(app: Flask, instructor_client) -> None:
    assert "toy_cue_word" not in all_types()
    instructor_client.post("/teach/sets/new", data={"title": "Plain"})
    with app.app_context():
        set_id = db.session.scalars(select(models.QuestionSet.id)).one()
    page = instructor_client.get(f"/teach/sets/{set_id}/questions/new").get_data(as_text=True)
    assert "toy_cue_word" not in page and 'name="sentence"' not in page
