"""The spaCy model, loaded once per test session, for the tests marked slow."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quizapp.core.article import article_from_text
from quizapp.core.claims import Article


@pytest.fixture(scope="session")
def nlp():
    from quizapp.core.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def parsed(nlp) -> Callable[[str], tuple[Article, object]]:
    """Text -> (Article, Doc) parsed the way the analysis parses it."""
    from quizapp.core.nlp import parse

    def make(text: str) -> tuple[Article, object]:
        article = article_from_text(text, path="test.txt")
        return article, parse(article)

    return make
