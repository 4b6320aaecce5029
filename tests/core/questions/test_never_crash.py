"""Generation never crashes: odd texts end in a set or a plain message, never a traceback.

Runs the real analyser (slow) on hypothesis-built texts (random paragraphs, empty lines,
quotes without ends, a lone headline, numbers only) and on short articles written for the
tests. ``make eval`` runs scripts/question_sweep.py over every eval article.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.core.article import ArticleError, read_article
from quizapp.core.questions.checks import set_problems
from quizapp.core.questions.generate import generate_questions
from quizapp.core.questions.suitability import not_news, too_long

pytestmark = pytest.mark.slow

WORDS = [
    "the", "council", "said", "Mayor", "Ana", "Ruiz", "told", "reporters", "that", "budget",
    "will", "rise", "According", "to", "police", "\u201c", "\u201d", '"', "12", "percent",
    "warned", "on", "Monday", ",", ".", "he", "we", "US30YT=RR", "Photo:", "Reuters", "and",
]  # fmt: skip

sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=25).map(" ".join)
paragraphs = st.lists(sentences, min_size=1, max_size=4).map(" ".join)
texts = st.one_of(
    st.lists(paragraphs, min_size=1, max_size=6).map("\n\n".join),
    st.lists(st.one_of(paragraphs, st.just(""), st.just("   ")), max_size=8).map("\n".join),
    sentences.map(lambda s: s.title()),  # a lone headline
    st.lists(st.integers(0, 10**9).map(str), min_size=1, max_size=40).map(" ".join),
    paragraphs.map(lambda p: f"Headline\n\n\u201c{p}"),  # a quote without an end
    st.text(max_size=300),
)

ARTICLES = [
    "Town Says Bridge Will Reopen\n\nThe bridge will reopen on Friday, Mayor Ana Ruiz said."
    ' "We have fixed the cracks," she told reporters. Engineer Tom Lee warned that the repairs'
    " could fail in a hard winter. According to the county, 4,000 cars cross it each day.",
    "Police: Man Arrested\n\nPolice said a man was arrested on Monday.\n\nPhoto: Reuters\n\n"
    '"He ran," said officer Jo Park. "',
    "He said.\n\nShe said that.\n\nThey told\n\n\u201cWe",
    "Markets\n\nUS30YT=RR 2.31 +0.02\nUS10YT=RR 1.85 -0.01\n\nTraders said yields rose.",
]


def quiz_or_message(text: str) -> str:
    """What the teacher gets for ``text``: "set", or "message" with a plain sentence."""
    from quizapp.core.analysis import analyze

    try:
        article = read_article(text.encode("utf-8"), name="fuzz.txt")
    except ArticleError:
        return "message"
    if too_long(article):
        return "message"
    analysis = analyze(article)
    if not_news(analysis):
        return "message"
    questions = generate_questions(analysis, strict=True)
    assert set_problems(questions, analysis) == []
    return "set"


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(texts)
def test_fuzzed_text_ends_in_a_set_or_a_message(nlp, text):
    assert quiz_or_message(text) in {"set", "message"}


@pytest.mark.parametrize("text", ARTICLES)
def test_written_articles_end_in_a_set_or_a_message(nlp, text):
    assert quiz_or_message(text) in {"set", "message"}


def test_text_with_no_attribution_gets_a_message(nlp):
    text = (
        "How to Grow Tomatoes\n\nPlant the seedlings in May, in full sun. Water them twice a"
        " week and tie the stems to a cane as they grow. Pick the fruit when it is red."
    )
    assert quiz_or_message(text) == "message"
