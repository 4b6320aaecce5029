"""The English helpers on content shaped the way the real analyser shapes it."""

from __future__ import annotations

from quizapp.core.claims import Article, Claim
from quizapp.core.questions.english import cut_clause, has_verb
from quizapp.core.questions.names import named_source
from quizapp.core.questions.statements import statement
from quizapp.core.questions.stem_sources import tidy_source

TEXT = (
    "President Ana Ruiz stated during a live event that around 700 teachers are hired. "
    "In addition, more than 36 schools opened. Mr. Lee said the plan, which Mr. Obama backed, "
    "failed."
)


def claim(content: str, cue: str = "stated", source: str = "Ana Ruiz", **kw) -> Claim:
    start = TEXT.index(content)
    cue_at = TEXT.index(cue)
    return Claim(
        source=source,
        source_text=source,
        source_type="official",
        cue=cue,
        cue_strength="report",
        content=content,
        status="attributed",
        evidence=TEXT,
        evidence_span=(0, len(TEXT)),
        content_spans=[(start, start + len(content))],
        cue_spans=[(cue_at, cue_at + len(cue))],
        **kw,
    )


ARTICLE = Article(text=TEXT)


def test_content_starting_inside_the_cue_phrase():
    s = statement(claim("event that around 700 teachers are hired"), ARTICLE)
    assert s.clause == "around 700 teachers are hired"


def test_leading_that_and_discourse_marker_removed():
    assert statement(claim("that around 700 teachers are hired"), ARTICLE).clause == (
        "around 700 teachers are hired"
    )
    assert statement(claim("In addition, more than 36 schools opened"), ARTICLE).clause == (
        "more than 36 schools opened"
    )


def test_clause_cut_skips_abbreviations():
    assert cut_clause("Mr. Obama backed the plan. Then it failed") == "Mr. Obama backed the plan"
    assert cut_clause("the council approved the plan, which Mr. Obama backed") == (
        "the council approved the plan"
    )
    assert cut_clause("half of the voters \u201cdeplorables") == ""  # a quote cut in two


def test_fragments_refused():
    assert not has_verb("a collaborative relationship with the administration on Burma")
    assert has_verb("the budget adds 40 new teachers")
    assert has_verb("Putin can win")


def test_source_names():
    assert tidy_source(
        "the Center for Strategic and International Studies in the United States, which"
    ) == ("Center for Strategic and International Studies")
    assert tidy_source("The Times on Saturday") == "The Times"
    assert named_source(claim("around 700 teachers are hired", source="Ana Ruiz"))
    assert not named_source(
        claim("around 700 teachers are hired", source="Foreign policy analysts")
    )
    assert not named_source(claim("around 700 teachers are hired", source="44 percent"))
    assert not named_source(claim("around 700 teachers are hired", source="I"))
