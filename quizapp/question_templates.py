"""Where pages find a question type's partial templates.

A page includes the partial its question's type names for that page
(``{% include question_partial(q.type, "quiz") %}``), as CTFd's challenge types bring their
own templates. quizapp's types keep theirs in ``templates/questions/``; a type from outside
quizapp (a test's, a plugin's) names a ``template_folder``, which is searched after those.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask
from jinja2 import BaseLoader, ChoiceLoader, Environment, FileSystemLoader, TemplateNotFound

from quizapp.core.questions.registry import all_types, type_for


def question_partial(type_name: str, page: str) -> str:
    """The template that shows a question of ``type_name`` on ``page`` (see QuestionType)."""
    return type_for(type_name).templates[page]


class TypeFolders(BaseLoader):
    """The template folders of the registered types, as they are when a page is rendered
    (a test may add a type after the app was made)."""

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        for kind in all_types().values():
            if kind.template_folder:
                try:
                    return FileSystemLoader(kind.template_folder).get_source(environment, template)
                except TemplateNotFound:
                    continue
        raise TemplateNotFound(template)


def choice_notes() -> list[tuple[str, str]]:
    """(label, note) for each type whose editor choice rows mean something of their own."""
    return [(kind.label, kind.choices_note) for kind in all_types().values() if kind.choices_note]


def init_app(app: Flask) -> None:
    app.jinja_loader = ChoiceLoader([app.jinja_loader, TypeFolders()])  # type: ignore[list-item]
    app.add_template_global(question_partial, "question_partial")
    app.add_template_global(choice_notes, "choice_notes")
