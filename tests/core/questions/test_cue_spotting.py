"""Which word of a sentence makes it a source's account: asked on hand-written sentences."""

from __future__ import annotations

import random

from quizapp.core.claims import Analysis, Article, Claim
from quizapp.core.questions.registry import get_type
from tests.factories.claims import build_claim, own_voice, span_of

OPENING = "Fire crews rescued two hikers on Sunday."


def _vega(text: str, sentence: str, content: str, cue: str, written: str = "Vega") -> Claim:
    """Rosa Vega's claim ``content``, told in ``sentence`` of ``text``."""
    return build_claim(
        text,
        source="Rosa Vega",
        source_text=written,
        source_type="official",
        cue=cue,
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=sentence,
    )


def _article(sentence: str, content: str, cue: str, written: str = "Vega") -> Analysis:
    text = f"Hikers Rescued\n\n{OPENING} {sentence}\n"
    body = [(span_of(text, OPENING)[0], len(text) - 1)]
    claim = _vega(text, sentence, content, cue, written)
    return Analysis(article=Article(text=text, title="Hikers Rescued", body=body), claims=[claim])


def _asked(analysis: Analysis):
    return get_type("cue_reading").generate(analysis, random.Random(0))


def test_a_closing_said_is_asked_about_among_the_verbs_of_what_was_said():
    analysis = _article(
        "The hikers ignored the warnings, then climbed past the gate, Vega said.",
        "The hikers ignored the warnings, then climbed past the gate",
        "said",
    )
    [q] = _asked(analysis)
    assert q.choices[q.answer] == "said"
    assert sorted(q.choices) == ["climbed", "ignored", "said"]
    assert "Rosa Vega" in q.stem and "The hikers ignored" in q.stem


def _with(words: str, cue: str = "said") -> list:
    content = f"The hikers {words} the warnings, then climbed past the gate"
    return _asked(_article(f"{content}, Vega {cue}.", content, cue))


def test_no_question_where_another_word_also_marks_the_account():
    assert _with("ignored") and not _with("reportedly ignored")


def test_a_verb_of_holding_a_view_is_never_a_wrong_choice():
    assert _with("ignored") and not _with("doubted")


def test_the_words_describing_the_source_are_no_wrong_choice():
    content = "the hikers ignored the warnings"
    analysis = _article(
        f"Rosa Vega, who trained the crews, said {content}.", content, "said", written="Rosa Vega"
    )
    # "trained" describes Vega, so only "ignored" is a word of hers: too few wrong choices.
    assert _with("ignored") and _asked(analysis) == []


def test_the_explanation_notes_a_closing_cue_only_where_it_closes_the_sentence():
    [closing] = _with("ignored")
    content = "the hikers ignored the warnings, then climbed past the gate"
    opening = _asked(_article(f"Vega said {content}.", content, "said"))
    assert "end of a sentence" in closing.explanation
    assert opening and "end of a sentence" not in opening[0].explanation


def test_where_the_outlet_tells_the_same_the_stem_does_not_say_not_the_articles_own():
    sentence = "The hikers ignored the warnings, then climbed past the gate, Vega said."
    content = "The hikers ignored the warnings, then climbed past the gate"
    analysis = _article(sentence, content, "said")
    own = "The hikers ignored the warnings and climbed past the gate."
    text = analysis.article.text.replace(OPENING, f"{OPENING} {own}")
    claim = _vega(text, sentence, content, "said")
    outlet = own_voice(text, own[:-1], own)
    body = [(span_of(text, OPENING)[0], len(text) - 1)]
    backed = Analysis(Article(text=text, title="Hikers Rescued", body=body), [claim, outlet])
    [q] = _asked(backed)
    assert q.choices[q.answer] == "said"
    assert "not the article" not in q.stem and "gives Rosa Vega" in q.stem
    assert "does not establish it" not in q.explanation
