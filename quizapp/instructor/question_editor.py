"""The question editor's form: the fields every question has, each type's own boxes, and
the question read back from what the teacher typed.

The types say what they need as plain data (``QuestionType.edit_fields``, ``edit_values``,
``read_edit``); this turns that into WTForms fields and AuthoringErrors.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from flask import request
from wtforms import TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Optional

from quizapp import models, store
from quizapp.core.questions.base import Edit, EditError, EditField, Question
from quizapp.core.questions.registry import all_types, get_type, type_for
from quizapp.instructor import forms
from quizapp.services.authoring import AuthoringError

BLANK_CHOICE_ROWS = 2  # empty rows under the choices: fill one to add a choice
FIELD_NAMES = {"stem", "choices", "answer", "skills", "explanation", "evidence", "type"}


def type_fields() -> tuple[EditField, ...]:
    """Every registered type's own boxes, once each: the page shows them all, since the
    teacher may switch the type before saving."""
    found: dict[str, EditField] = {}
    for kind in all_types().values():
        for box in kind.edit_fields:
            found.setdefault(box.name, box)
    return tuple(found.values())


@cache
def _form_class(boxes: tuple[EditField, ...]) -> type[forms.QuestionForm]:
    fields: dict[str, Any] = {
        box.name: TextAreaField(box.label, validators=[Optional()], render_kw={"rows": box.rows})
        for box in boxes
    }
    fields["type_fields"] = [box.name for box in boxes]
    return type("QuestionEditorForm", (forms.QuestionForm,), fields)


def form_class() -> type[forms.QuestionForm]:
    return _form_class(type_fields())


def type_choices() -> list[SelectChoice]:
    return [SelectChoice(name, t.label or name) for name, t in sorted(all_types().items())]


def posted_form() -> forms.QuestionForm:
    form = form_class()()
    form.type.choices = type_choices()
    return form


def question_form(q: models.Question | None = None) -> forms.QuestionForm:
    """The editor for ``q``, or for a new question (then filled from the request, if any)."""
    form = form_class()(formdata=None) if q is not None else form_class()()
    form.type.choices = type_choices()
    if q is None:
        if not form.type.data or request.method == "GET":
            form.type.data = form.type.data or "multiple_choice"
        if request.method == "GET":
            choice_rows(form, [])
        return form
    form.type.data = q.type
    form.stem.data = q.stem
    choice_rows(form, list(q.choices))
    form.answer.data = q.answer + 1 if isinstance(q.answer, int) else None
    for name, value in get_type(q.type).edit_values(store.question_to_core(q)).items():
        getattr(form, name).data = value
    form.skills.data = list(q.skills)
    form.explanation.data = q.explanation
    form.evidence.data = q.evidence
    return form


def choice_rows(form: forms.QuestionForm, choices: list[str]) -> None:
    """A text box per choice, then blank ones to add more (at least four rows in all)."""
    while form.choices.entries:
        form.choices.pop_entry()
    blanks = max(BLANK_CHOICE_ROWS, 4 - len(choices))
    for text in [*choices, *[""] * blanks]:
        form.choices.append_entry(text)


def _lines(value: str | None) -> list[str]:
    return [line.strip() for line in (value or "").splitlines() if line.strip()]


def question_from_form(form: forms.QuestionForm, old: models.Question | None) -> Question:
    """A core Question from the form; raises AuthoringError with field-named messages."""
    qtype = form.type.data or "multiple_choice"
    kind = get_type(qtype)
    edit = Edit(
        rows=[(entry.data or "").strip() for entry in form.choices.entries],
        picked=form.answer.data,
        fields={box.name: getattr(form, box.name).data or "" for box in kind.edit_fields},
    )
    try:
        choices, answer, own = kind.read_edit(edit)
    except EditError as error:
        raise AuthoringError(error.errors) from None
    data: dict[str, Any] = dict(old.data) if old is not None and old.type == qtype else {}
    for box in type_fields():
        if box.name not in own:
            data.pop(box.name, None)  # another type's box: not this question's data
    data.update(own)
    return Question(
        type=qtype,
        stem=(form.stem.data or "").strip(),
        choices=choices,
        answer=answer,
        skills=list(form.skills.data or []),
        explanation=(form.explanation.data or "").strip(),
        evidence="\n".join(_lines(form.evidence.data)),
        evidence_spans=[tuple(s) for s in old.evidence_spans] if old is not None else [],
        claims=[],
        data=data,
    )


def attach_errors(form: forms.QuestionForm, errors: list[str]) -> list[str]:
    """Each "field: message" beside its field; the rest (returned) above the form. A
    message about ``data`` goes beside the question type's own first box, or, for a type
    with none, beside the first box on the page."""
    boxes = [box.name for box in type_fields()]
    own = [box.name for box in type_for(form.type.data or "").edit_fields]
    general = []
    for message in errors:
        name, _, text = message.partition(": ")
        if name == "data" and boxes:
            name = (own or boxes)[0]
        if name in FIELD_NAMES | set(boxes) and text:
            getattr(form, name).errors = [*getattr(form, name).errors, text]
        else:
            general.append(message)
    return general
