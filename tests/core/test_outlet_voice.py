"""The outlet's own voice: body sentences no attribution covers become unattributed claims."""

from __future__ import annotations

from quizapp.core.article import article_from_text
from quizapp.core.outlet_voice import outlet_statements
from tests.factories.claims import reported as claim

ARTICLE = (
    "Council Votes to Raise Bus Fares by 25 Cents\n\n"
    "Transport\n\n"
    "The council voted 6 to 3 on Monday to raise fares. It is the first rise since 2019.\n\n"
    "Paul Ortega said the authority would lose money without it.\n\n"
    "Advertisement\n"
)


def test_uncovered_body_sentences_become_unattributed_claims():
    article = article_from_text(ARTICLE)
    start = ARTICLE.index("Paul Ortega")
    ortega = claim("Paul Ortega", "said", "the authority would lose money without it")
    ortega.source_spans = [(start, start + 11)]
    ortega.cue_spans = [(start + 12, start + 16)]
    ortega.content_spans = [(start + 17, ARTICLE.index(".", start))]
    statements = outlet_statements([ortega], None, article)
    assert [s.content for s in statements] == [
        "The council voted 6 to 3 on Monday to raise fares.",
        "It is the first rise since 2019.",
    ]
    for s in statements:
        assert s.status == "unattributed"
        assert s.source_type == "outlet"
        assert s.source == "the article"
        assert s.cue == ""
        assert ARTICLE[slice(*s.content_spans[0])] == s.content
