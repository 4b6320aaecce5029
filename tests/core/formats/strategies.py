"""Hypothesis strategies: valid questions and question sets of every type."""

from __future__ import annotations

from hypothesis import strategies as st

from quizapp.core.claims import SKILLS, Article
from quizapp.core.formats.question_set import QuestionSet
from quizapp.core.questions.base import Question
from quizapp.core.questions.registry import all_types

# Any printable text, trimmed (GIFT trims what it reads; a stem is never only spaces).
texts = (
    st.text(
        st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"),
        min_size=1,
        max_size=30,
    )
    .map(str.strip)
    .filter(lambda s: bool(s) and s.casefold() not in {"all of the above", "none of the above"})
)
multiline = st.lists(texts, min_size=1, max_size=3).map("\n".join)
skills = st.lists(st.sampled_from(SKILLS), unique=True, max_size=3)
spans = st.lists(
    st.tuples(st.integers(0, 50), st.integers(0, 50)).map(lambda t: (min(t), max(t))),
    max_size=3,
)
data = st.dictionaries(
    st.sampled_from(["note", "source", "level"]),
    st.one_of(texts, st.integers(-5, 5), st.lists(texts, max_size=3)),
    max_size=2,
)


@st.composite
def questions(draw, evidence_from: str = "") -> Question:
    name = draw(st.sampled_from(sorted(all_types())))
    evidence = ""
    if evidence_from and draw(st.booleans()):
        i = draw(st.integers(0, len(evidence_from) - 1))
        j = draw(st.integers(i + 1, len(evidence_from)))
        evidence = evidence_from[i:j].strip("\n")
    common = dict(
        type=name,
        stem=draw(texts),
        skills=draw(skills),
        explanation=draw(st.one_of(st.just(""), multiline)),
        evidence=evidence,
        evidence_spans=[s for s in draw(spans) if s[1] <= len(evidence_from)]
        if evidence_from
        else draw(spans),
        claims=draw(st.lists(st.integers(0, 20), max_size=3)),
        data=draw(data),
    )
    if name == "true_false":
        return Question(choices=["True", "False"], answer=draw(st.integers(0, 1)), **common)
    if name == "sort_statements":
        labels = draw(st.lists(texts, min_size=2, max_size=4, unique_by=str.casefold))
        statements = draw(st.lists(texts, min_size=2, max_size=4, unique=True))
        common["data"] = {**common["data"], "statements": statements}
        answer = [draw(st.sampled_from(labels)) for _ in statements]
        return Question(choices=labels, answer=answer, **common)
    choices = draw(st.lists(texts, min_size=2, max_size=5, unique_by=str.casefold))
    if name == "claim_status":
        common["data"].pop("statuses", None)
    return Question(choices=choices, answer=draw(st.integers(0, len(choices) - 1)), **common)


@st.composite
def articles(draw) -> Article | None:
    if draw(st.booleans()):
        return None
    text = draw(multiline) + "\n" + draw(multiline)
    body = [s for s in draw(spans) if s[1] <= len(text)]
    return Article(
        text=text,
        title=draw(st.one_of(st.just(""), texts)),
        outlet=draw(st.one_of(st.just(""), texts)),
        url=draw(st.one_of(st.just(""), st.just("https://example.org/a?b=1#c"))),
        date=draw(st.one_of(st.just(""), st.just("2026-01-28"))),
        body=body,
    )


@st.composite
def question_sets(draw) -> QuestionSet:
    article = draw(articles())
    source = article.text if article else ""
    return QuestionSet(
        title=draw(texts),
        description=draw(st.one_of(st.just(""), multiline)),
        article=article,
        questions=draw(st.lists(questions(evidence_from=source), min_size=1, max_size=4)),
        settings=draw(
            st.dictionaries(
                st.sampled_from(["shuffle", "attempts_allowed", "feedback"]),
                st.one_of(st.booleans(), st.integers(0, 5), texts),
                max_size=3,
            )
        ),
    )
