"""True/false items on hand-written claims: a wrong source is never one that said it too."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Article
from quizapp.core.questions.registry import get_type
from quizapp.core.verification import assess_claims
from tests.factories.claims import build_claim, span_of

DEPOT = (
    "Depot Closure\n\n"
    "Omar Reed said the depot closure broke the city transit law last week.\n"
    "Auditor Ana Ruiz said the depot closure broke the city transit law.\n"
)


def said(source: str, content: str, evidence: str) -> object:
    return build_claim(
        DEPOT,
        source=source,
        source_type="official",
        cue="said",
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=evidence,
    )


def test_a_corroborating_source_is_never_named_as_the_wrong_source():
    lines = DEPOT.splitlines()
    claims = [
        said("Omar Reed", "the depot closure broke the city transit law last week", lines[2]),
        said("Ana Ruiz", "the depot closure broke the city transit law", lines[3]),
    ]
    article = Article(
        text=DEPOT, title="Depot Closure", body=[(span_of(DEPOT, "Omar")[0], len(DEPOT))]
    )
    analysis = Analysis(article, assess_claims(claims, article))
    assert analysis.claims[0].status == "corroborated"
    stems = [
        q.stem
        for seed in range(12)
        for q in get_type("true_false").generate(analysis, random.Random(seed))
        if q.stem.startswith("According to the article")
    ]
    assert stems  # the attribution items are asked
    reed_words = "the depot closure broke the city transit law last week"
    ruiz_words = "the depot closure broke the city transit law."
    assert not any(s.endswith(f"Ana Ruiz said that {reed_words}.") for s in stems)
    assert not any(s.endswith(f"Omar Reed said that {ruiz_words}") for s in stems)


def test_a_claim_whose_status_is_not_plain_is_asked_with_its_own_source_only():
    # Two voices on one point the analysis left both "attributed": the status is no key,
    # but who said it is; naming the other voice as the wrong source could be right.
    lines = DEPOT.splitlines()
    claims = [
        said("Omar Reed", "the depot closure broke the city transit law last week", lines[2]),
        said("Ana Ruiz", "the depot closure broke the city transit law", lines[3]),
    ]
    article = Article(
        text=DEPOT, title="Depot Closure", body=[(span_of(DEPOT, "Omar")[0], len(DEPOT))]
    )
    analysis = Analysis(article, claims)
    items = [
        q
        for seed in range(12)
        for q in get_type("true_false").generate(analysis, random.Random(seed))
    ]
    assert items
    assert all(q.stem.startswith("According to the article") and q.answer == 0 for q in items)
    reed_words = "the depot closure broke the city transit law last week"
    assert any(q.stem.endswith(f"Omar Reed said that {reed_words}.") for q in items)


def test_a_claim_whose_status_is_not_plain_is_never_made_again_naming_another_source():
    lines = DEPOT.splitlines()
    claims = [
        said("Omar Reed", "the depot closure broke the city transit law last week", lines[2]),
        said("Ana Ruiz", "the depot closure broke the city transit law", lines[3]),
    ]
    article = Article(
        text=DEPOT, title="Depot Closure", body=[(span_of(DEPOT, "Omar")[0], len(DEPOT))]
    )
    analysis = Analysis(article, claims)
    kind = get_type("true_false")
    item = kind.generate(analysis, random.Random(0))[0]
    assert kind.keyed(analysis, item, 1) is None


def test_a_short_set_is_topped_up_with_an_item_naming_its_own_source():
    from quizapp.core.questions.generate import generate_questions, only_to_fill

    lines = DEPOT.splitlines()
    claims = [
        said("Omar Reed", "the depot closure broke the city transit law last week", lines[2]),
        said("Ana Ruiz", "the depot closure broke the city transit law", lines[3]),
    ]
    article = Article(
        text=DEPOT, title="Depot Closure", body=[(span_of(DEPOT, "Omar")[0], len(DEPOT))]
    )
    offered = [
        q for q in get_type("true_false").generate(Analysis(article, claims), random.Random(0))
    ]
    assert offered and all(only_to_fill(q) for q in offered)
    questions = generate_questions(Analysis(article, claims))
    taken = [q for q in questions if q.stem.startswith("According to the article")]
    assert taken and all(q.answer == 0 for q in taken)
