"""Span helpers on the core Article: the body test and the two sentence rules."""

from quizapp.core.claims import Article

TEXT = "Menu. Home\nShe said 'it is over.' He left. The end.\nNext line"
ARTICLE = Article(text=TEXT, body=[(11, len(TEXT))])


def _around(span_of, word: str) -> str:
    i = TEXT.index(word)
    s, e = span_of(i, i + len(word))
    return TEXT[s:e]


def test_in_body_is_false_outside_the_body_spans_and_true_without_any():
    assert not ARTICLE.in_body(0, 4)
    assert ARTICLE.in_body(11, 15)
    assert Article(text=TEXT).in_body(0, 4)


def test_sentence_span_ends_after_a_closing_single_quote():
    assert _around(ARTICLE.sentence_span, "over") == "She said 'it is over.'"
    assert _around(ARTICLE.sentence_span, "left") == "He left."


def test_line_sentence_span_reads_a_single_quote_mark_as_no_sentence_end():
    assert _around(ARTICLE.line_sentence_span, "over") == "She said 'it is over.' He left."


def test_both_rules_stop_at_a_line_break():
    assert _around(ARTICLE.sentence_span, "Next") == "Next line"
    assert _around(ARTICLE.line_sentence_span, "Next") == "Next line"
